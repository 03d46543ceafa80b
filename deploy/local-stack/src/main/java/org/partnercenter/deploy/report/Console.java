package org.partnercenter.deploy.report;

import java.time.Duration;
import java.util.Locale;

/** Progress lines for the developer watching the terminal. */
public final class Console {

    private Console() {
    }

    public static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
