package org.partnercenter.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string values, encoded once here so that no command builds a URL by hand. */
public final class Query {

    private Query() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
