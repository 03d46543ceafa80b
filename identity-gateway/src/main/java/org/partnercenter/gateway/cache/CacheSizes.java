package org.partnercenter.gateway.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many entries each of the edge's caches holds at most: what bounds their heap (a few hundred bytes an
 * entry) whatever the number of distinct tokens and callers sent. A full cache evicts the least used entries.
 */
@ConfigMapping(prefix = "gateway.cache-sizes")
public interface CacheSizes {

    /** Bearer tokens whose signature was checked, by the whole token. */
    @WithDefault("50000")
    long verifiedTokens();

    /** Callers (or refusals) resolved from the partner store, by principal. */
    @WithDefault("50000")
    long resolvedCallers();

    /** Internal tokens signed for callers, by caller. */
    @WithDefault("10000")
    long internalTokens();
}
