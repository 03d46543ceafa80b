package org.partnercenter.deploy.identity;

import java.io.IOException;
import java.util.Map;

/**
 * The partnercenter command line's app registration in the operator's tenant, as an operator registers one in
 * Azure AD: a public, multi-tenant client (device code sign-in, no secret), so that users of every partner tenant
 * sign in with it through {@code organizations}. stack.json names it ({@code cliClientId}), where the CLI finds it.
 *
 * @param clientId the application (client) id
 */
public record CliApplication(String clientId) {

    static final String DISPLAY_NAME = "partnercenter CLI";

    public static CliApplication register(String authority, String operatorTenantId)
            throws IOException, InterruptedException {
        return new CliApplication(AppRegistrations.register(authority, operatorTenantId, Map.of(
                "displayName", DISPLAY_NAME, "signInAudience", "AzureADMultipleOrgs", "publicClient", true)));
    }
}
