package org.partnercenter.commons.paging;

import java.util.List;

/**
 * A link in the Partner Center shape. Its {@code uri} is relative to {@code /v1}: clients prepend
 * {@code /v1} themselves, and a prefixed link made SDK clients call {@code /v1//v1/...}.
 */
public record Link(String uri, String method, List<Header> headers) {

    public record Header(String key, String value) {
    }

    public Link {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    public static Link get(String uri) {
        return new Link(uri, "GET", List.of());
    }
}
