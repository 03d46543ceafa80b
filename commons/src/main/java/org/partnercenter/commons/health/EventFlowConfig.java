package org.partnercenter.commons.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When readiness calls the event flow degraded ({@code partner-center.health.*}). */
@ConfigMapping(prefix = "partner-center.health")
public interface EventFlowConfig {

    /** An outbox event unsent for longer than this means Kafka does not take events (the relay sends in ms). */
    @WithDefault("30s")
    Duration outboxUnsentFor();
}
