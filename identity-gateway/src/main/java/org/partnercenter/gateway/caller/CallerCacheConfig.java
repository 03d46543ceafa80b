package org.partnercenter.gateway.caller;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a resolved caller is reused before the partner store is read again. */
@ConfigMapping(prefix = "gateway.callers")
public interface CallerCacheConfig {

    /**
     * Changes made through this gateway apply at once; this bounds how late another replica sees them.
     * Must stay under the 5 seconds in which a role change has to take effect.
     */
    @WithDefault("2s")
    Duration timeToLive();
}
