package org.partnercenter.gateway.routing;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/**
 * Where the owning services listen: their public ports, which the edge forwards to, and their management ports, where
 * the OpenAPI merge reads each service's own document (application.properties: the local stack's ports in dev and
 * test, the environment's in production).
 */
@ConfigMapping(prefix = "gateway.services")
public interface ServiceEndpoints {

    URI customer();

    URI billing();

    URI pricing();

    URI support();

    /** {@code gateway.services.management.customer} …: each service's public port + 100 on the local stack. */
    Management management();

    interface Management {

        URI customer();

        URI billing();

        URI pricing();

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
