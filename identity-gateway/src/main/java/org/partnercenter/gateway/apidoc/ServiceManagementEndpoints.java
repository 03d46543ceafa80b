package org.partnercenter.gateway.apidoc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import org.partnercenter.gateway.routing.Owner;

/**
 * Where each owning service serves its management endpoints (its own OpenAPI document among them): the
 * local stack's management ports, each service's public port + 100, by default. Beside {@code gateway.services}.
 */
@ConfigMapping(prefix = "gateway.service-management")
public interface ServiceManagementEndpoints {

    @WithDefault("http://127.0.0.1:8181")
    URI customer();

    @WithDefault("http://127.0.0.1:8182")
    URI billing();

    @WithDefault("http://127.0.0.1:8183")
    URI pricing();

    @WithDefault("http://127.0.0.1:8184")
    URI support();

    default URI of(Owner owner) {
        return switch (owner) {
            case CUSTOMER -> customer();
            case BILLING -> billing();
            case PRICING -> pricing();
            case SUPPORT -> support();
            case GATEWAY -> throw new IllegalArgumentException("the gateway's own document is read in-process");
        };
    }
}
