package org.partnercenter.cli.http;

import java.io.PrintWriter;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Set;

/**
 * --debug: each HTTP exchange on stderr, as curl -v shows it, with what must never reach a terminal's scrollback
 * or a CI log (tokens, secrets, codes) masked. Off, it writes nothing.
 */
public final class DebugLog {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie");

    private final PrintWriter err;
    private final boolean enabled;

    public DebugLog(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public void request(String method, String uri, HttpHeaders headers, String body) {
        if (!enabled) {
            return;
        }
        err.println("> " + method + " " + uri);
        headers(">", headers);
        if (body != null && !body.isEmpty()) {
            err.println("> " + body);
        }
        err.flush();
    }

    public void response(int status, HttpHeaders headers, String body) {
        if (!enabled) {
            return;
        }
        err.println("< " + status);
        headers("<", headers);
        if (body != null && !body.isEmpty()) {
            err.println("< " + body);
        }
        err.flush();
    }

    public void line(String text) {
        if (enabled) {
            err.println("* " + text);
            err.flush();
        }
    }

    private void headers(String prefix, HttpHeaders headers) {
        headers.map().forEach((name, values) -> values.forEach(value -> err.println(prefix + " " + name + ": "
                + (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<hidden>" : value))));
    }
}
