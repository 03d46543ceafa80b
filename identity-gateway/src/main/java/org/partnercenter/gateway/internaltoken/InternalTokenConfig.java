package org.partnercenter.gateway.internaltoken;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The internal token the gateway signs for the services. */
@ConfigMapping(prefix = "gateway.internal-token")
public interface InternalTokenConfig {

    /** Must equal the services' {@code mp.jwt.verify.issuer}. */
    @WithDefault("https://gateway.partner-center.internal")
    String issuer();

    /** Short on purpose; services refuse tokens valid for more than ten minutes. */
    @WithDefault("5m")
    Duration lifetime();

    /**
     * A PKCS#8 PEM private key shared by every gateway replica: required in production (a Secret; the local stack
     * writes one). Without one in dev and test the gateway makes a key at start.
     */
    Optional<String> privateKeyLocation();

    @WithDefault("gateway-1")
    String keyId();
}
