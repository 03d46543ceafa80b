package org.partnercenter.gateway.throttling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Request limits per partner tenant, and per partner and customer on customer routes. The real API allows
 * 500 requests a minute per tenant on customers, subscriptions and orders; writes are held tighter.
 */
@ConfigMapping(prefix = "gateway.throttling")
public interface ThrottlingConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("500")
    @Min(1)
    int readsPerMinute();

    @WithDefault("250")
    @Min(1)
    int writesPerMinute();

    /** For the calls of one partner about one customer, on top of the partner's own limit. */
    @WithDefault("300")
    @Min(1)
    int perCustomerPerMinute();
}
