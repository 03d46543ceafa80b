package org.partnercenter.gateway.caller;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.UUID;

/** The platform operator: its Azure AD tenant and its first administrator. */
@ConfigMapping(prefix = "gateway.operator")
public interface OperatorConfig {

    UUID tenantId();

    /** Object id of the first operator administrator, who always holds operator_admin. */
    String adminObjectId();

    Optional<String> adminUserPrincipalName();

    @WithDefault("Platform operator")
    String name();

    @WithDefault("true")
    boolean requireMfa();
}
