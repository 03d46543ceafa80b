package org.partnercenter.gateway.throttling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.Caller;

/**
 * Decides whether a partner's request may pass now. The limits are per gateway replica; the operator's own
 * calls (its metering feed, for one) are not throttled.
 */
@ApplicationScoped
public class Throttle {

    private static final Pattern CUSTOMER_ROUTE = Pattern.compile("(?i)/v1/customers/([^/]+)(/.*)?");
    private static final int MAX_BUCKETS = 100_000;

    private final ThrottlingConfig config;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    Throttle(ThrottlingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Empty when the request may pass; otherwise how long the caller should wait. */
    public Optional<Duration> check(Caller caller, String method, String path) {
        if (!config.enabled() || caller.isOperator()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String tenant = caller.partnerTenantId().toString();
        Duration wait = take(tenant + (read ? "/read" : "/write"), read ? config.readsPerMinute()
                : config.writesPerMinute(), now);
        Matcher customer = CUSTOMER_ROUTE.matcher(path);
        if (wait.isZero() && customer.matches()) {
            wait = take(tenant + "/customer/" + customer.group(1).toLowerCase(), config.perCustomerPerMinute(), now);
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private Duration take(String key, int perMinute, Instant now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(perMinute, now)).take(now);
    }
}
