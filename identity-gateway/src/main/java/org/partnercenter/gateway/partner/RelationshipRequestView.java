package org.partnercenter.gateway.partner;

import java.net.URI;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code RelationshipRequest} (the SDKs' {@code CustomerRelationshipRequest}): the link alone. */
public record RelationshipRequestView(URI url, ResourceAttributes attributes) {

    static RelationshipRequestView of(URI url) {
        return new RelationshipRequestView(url, ResourceAttributes.of("RelationshipRequest"));
    }
}
