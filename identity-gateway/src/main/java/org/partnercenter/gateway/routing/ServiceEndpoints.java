package org.partnercenter.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/**
 * Where the owning services listen (the local stack's ports by default): their public ports, which the edge
 * forwards to, and their management ports, where the OpenAPI merge reads each service's own document.
 */
@ConfigMapping(prefix = "gateway.services")
public interface ServiceEndpoints {

    @WithDefault("http://127.0.0.1:8081")
    URI customer();

    @WithDefault("http://127.0.0.1:8082")
    URI billing();

    @WithDefault("http://127.0.0.1:8083")
    URI pricing();

    @WithDefault("http://127.0.0.1:8084")
    URI support();

    /** {@code gateway.services.management.customer} …: each service's public port + 100 by default. */
    Management management();

    interface Management {

        @WithDefault("http://127.0.0.1:8181")
        URI customer();

        @WithDefault("http://127.0.0.1:8182")
        URI billing();

        @WithDefault("http://127.0.0.1:8183")
        URI pricing();

        @WithDefault("http://127.0.0.1:8184")
        URI support();
    }

    default URI of(Owner owner) {
        return select(owner, customer(), billing(), pricing(), support());
    }

    default URI managementOf(Owner owner) {
        Management management = management();
        return select(owner, management.customer(), management.billing(), management.pricing(), management.support());
    }

    private static URI select(Owner owner, URI customer, URI billing, URI pricing, URI support) {
        return switch (owner) {
            case CUSTOMER -> customer;
            case BILLING -> billing;
            case PRICING -> pricing;
            case SUPPORT -> support;
            case GATEWAY -> throw new IllegalArgumentException("the gateway serves its own routes and document");
        };
    }
}
