package org.partnercenter.deploy.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The web portal's app registration in the operator's tenant, as an operator registers it in Azure AD: a
 * multi-tenant single-page application whose one redirect URI is the gateway's {@code /signin-callback}. The
 * gateway is given its application id ({@code PC_PORTAL_CLIENT_ID}), which the portal reads to sign in with.
 *
 * @param clientId the application (client) id
 */
public record PortalApplication(String clientId, String redirectUri) {

    static final String DISPLAY_NAME = "Partner Center portal";
    static final String CALLBACK_PATH = "/signin-callback";

    public static PortalApplication register(String authority, String operatorTenantId, String gatewayUrl)
            throws IOException, InterruptedException {
        String redirectUri = gatewayUrl + CALLBACK_PATH;
        String appId = AppRegistrations.register(authority, operatorTenantId, Map.of("displayName", DISPLAY_NAME,
                "redirectUris", List.of(redirectUri), "signInAudience", "AzureADMultipleOrgs"));
        return new PortalApplication(appId, redirectUri);
    }
}
