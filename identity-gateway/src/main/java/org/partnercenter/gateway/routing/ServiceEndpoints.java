package org.partnercenter.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where the owning services listen (the local stack's ports by default). */
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

    default URI of(Owner owner) {
        return switch (owner) {
            case CUSTOMER -> customer();
            case BILLING -> billing();
            case PRICING -> pricing();
            case SUPPORT -> support();
            case GATEWAY -> throw new IllegalArgumentException("the gateway serves its own routes");
        };
    }
}
