package org.partnercenter.commons.request;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/** Body limits by path prefix from {@link RequestLimits}: the longest matching prefix, else the default. */
@DefaultBean
@ApplicationScoped
public class ConfiguredBodyLimits implements BodyLimits {

    private final RequestLimits limits;

    ConfiguredBodyLimits(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public long maxBody(HttpServerRequest request) {
        String path = request.path().toLowerCase(Locale.ROOT);
        String longest = null;
        for (String prefix : limits.maxBodyByPath().keySet()) {
            boolean covers = path.startsWith(prefix.toLowerCase(Locale.ROOT));
            if (covers && (longest == null || prefix.length() > longest.length())) {
                longest = prefix;
            }
        }
        Map<String, MemorySize> families = limits.maxBodyByPath();
        return (longest == null ? limits.maxBody() : families.get(longest)).asLongValue();
    }
}
