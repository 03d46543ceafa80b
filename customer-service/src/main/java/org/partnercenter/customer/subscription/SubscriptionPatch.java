package org.partnercenter.customer.subscription;

import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * What a PATCH may change. The SDK sends the whole Subscription it read: the other fields are ignored, and
 * its {@code attributes.etag} stands in for a missing If-Match.
 */
public record SubscriptionPatch(@Text(NAME) @Size(min = 1, max = 128) String friendlyName, @Positive Integer quantity,
        SubscriptionStatus status, @Valid ResourceAttributes attributes) {

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
