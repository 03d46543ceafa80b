package org.partnercenter.commons.paging;

/** The links of a resource or collection; {@code next} is present only when there is a next page. */
public record Links(Link self, Link next) {

    public static Links self(String uri) {
        return new Links(Link.get(uri), null);
    }
}
