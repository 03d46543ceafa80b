package org.partnercenter.commons.paging;

import static org.partnercenter.commons.input.TextKind.IDENTIFIER;

import org.partnercenter.commons.input.Text;

/** {@code attributes} of every resource: its object type, and its etag where it can be updated. */
public record ResourceAttributes(@Text(IDENTIFIER) String objectType, @Text(IDENTIFIER) String etag) {

    public static ResourceAttributes of(String objectType) {
        return new ResourceAttributes(objectType, null);
    }
}
