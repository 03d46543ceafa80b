package org.partnercenter.gateway.support;

import java.util.UUID;
import org.partnercenter.testing.TestIdentityProvider;

/** A user of an Azure AD tenant in the development identity provider, and the tokens it can get. */
public record TestUser(String tenantId, String objectId, String userPrincipalName, String password) {

    public static final String API_SCOPE = "https://api.partnercenter.microsoft.com/.default";

    public static TestUser create(String tenantId, String name) {
        String upn = upn(tenantId, name);
        String password = "Pw-" + UUID.randomUUID();
        return new TestUser(tenantId, TestIdentityProvider.createUser(tenantId, upn, password), upn, password);
    }

    /** A user whose object id is chosen: the same as another tenant's user, for instance. */
    public static TestUser createWithObjectId(String tenantId, String name, String objectId) {
        String upn = upn(tenantId, name);
        String password = "Pw-" + UUID.randomUUID();
        return new TestUser(tenantId, TestIdentityProvider.createUser(tenantId, upn, password, objectId), upn,
                password);
    }

    private static String upn(String tenantId, String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenantId.substring(0, 8) + ".test";
    }

    /** An app+user token (v2, with MFA) for this API. */
    public String token() {
        return token("");
    }

    /** An app+user token with extra form fields, e.g. {@code &mfa=false} or {@code &lifetime_seconds=-60}. */
    public String token(String extraFields) {
        return TestIdentityProvider.accessToken(tenantId, false, "grant_type=password&client_id=test-client"
                + "&username=" + userPrincipalName + "&password=" + password + "&scope=" + API_SCOPE + extraFields);
    }

    public String v1Token() {
        return TestIdentityProvider.accessToken(tenantId, true, "grant_type=password&client_id=test-client"
                + "&username=" + userPrincipalName + "&password=" + password
                + "&resource=https://api.partnercenter.microsoft.com");
    }
}
