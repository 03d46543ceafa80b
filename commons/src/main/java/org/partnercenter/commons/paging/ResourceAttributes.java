package org.partnercenter.commons.paging;

/** {@code attributes} of every resource: its object type, and its etag where it can be updated. */
public record ResourceAttributes(String objectType, String etag) {

    public static ResourceAttributes of(String objectType) {
        return new ResourceAttributes(objectType, null);
    }
}
