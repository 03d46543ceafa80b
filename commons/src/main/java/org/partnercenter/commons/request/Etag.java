package org.partnercenter.commons.request;

/**
 * The etag of an updatable resource, derived from its row's JPA {@code @Version}: the value a client reads in
 * {@code attributes.etag} and sends back in {@code If-Match} is the very value that Hibernate checks in
 * {@code UPDATE ... WHERE version = ?}, so an update can only apply to the state its client read. Clients treat
 * it as opaque (the real API's are too), so its spelling may change without breaking them.
 */
public final class Etag {

    private Etag() {
    }

    public static String of(long version) {
        return Long.toString(version);
    }
}
