package org.partnercenter.commons.error;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Names this service in the {@code source} field of its errors and events. */
@ConfigMapping(prefix = "partner-center.service")
public interface ErrorSource {

    @WithDefault("${quarkus.application.name}")
    String name();
}
