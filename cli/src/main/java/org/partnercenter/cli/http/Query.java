package org.partnercenter.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A path and its query string, values encoded once here so that no command builds a URL by hand: an option not
 * given (null or blank) is left out, as the API's defaults then apply.
 */
public final class Query {

    private final String path;
    private final List<String> parameters = new ArrayList<>();

    private Query(String path) {
        this.path = path;
    }

    public static Query path(String path) {
        return new Query(path);
    }

    public Query param(String name, Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (!text.isEmpty()) {
            parameters.add(name + "=" + encode(text));
        }
        return this;
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + String.join("&", parameters);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
