package org.partnercenter.gateway.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where the invitation links of {@code GET /v1/customers/relationshiprequests} send a customer. */
@ConfigMapping(prefix = "gateway.relationship-requests")
public interface RelationshipRequestConfig {

    /**
     * The origin of the portal page on which a customer's admin accepts a partner as its reseller
     * ({@code /partner/invite}); by default the local stack's (its gateway's port).
     */
    @WithDefault("http://127.0.0.1:8080")
    URI portalOrigin();
}
