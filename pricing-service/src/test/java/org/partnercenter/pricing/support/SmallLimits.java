package org.partnercenter.pricing.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough that a test crosses them with a handful of meters: one profile, so one restart. */
public class SmallLimits implements QuarkusTestProfile {

    public static final int CHUNK_SIZE = 3;
    public static final int MAX_METERS = 10;
    public static final int MAX_REPORTED_PROBLEMS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("partner-center.pricing-service.downloads.chunk-size", String.valueOf(CHUNK_SIZE),
                "partner-center.pricing-service.publishing.max-meters", String.valueOf(MAX_METERS),
                "partner-center.pricing-service.publishing.max-reported-problems",
                String.valueOf(MAX_REPORTED_PROBLEMS));
    }
}
