package org.partnercenter.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/**
 * The stack's development identity provider, used as a partner uses Azure AD: users and app
 * registrations in a tenant, and tokens for this API by the password and client-credentials grants.
 */
public final class IdentityProvider {

    private final String authority;
    private final String audience;

    IdentityProvider(String authority, String audience) {
        this.authority = authority;
        this.audience = audience;
    }

    /** A new user of the tenant (a tenant exists once it has a user), with a unique name and a new password. */
    public TestUser createUser(String tenantId, String name) {
        return create(tenantId, name, false);
    }

    /**
     * The same with MFA: its interactive sign-in asks for the code of its authenticator app, whose secret the
     * provider answers once ({@link TestUser#totpSecret()}); its password-grant tokens carry mfa as before.
     */
    public TestUser createUserWithMfa(String tenantId, String name) {
        return create(tenantId, name, true);
    }

    private TestUser create(String tenantId, String name, boolean mfa) {
        String upn = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenantId.substring(0, 8)
                + ".e2e.test";
        String password = "Pw-" + UUID.randomUUID();
        Map<String, Object> body = mfa ? Map.of("userPrincipalName", upn, "password", password, "mfa", true)
                : Map.of("userPrincipalName", upn, "password", password);
        Response created = given().baseUri(authority).contentType("application/json").body(body)
                .post("/" + tenantId + "/users")
                .then().statusCode(201).extract().response();
        String totpSecret = mfa ? created.path("totpSecret") : null;
        if (mfa && totpSecret == null) {
            throw new AssertionError("the identity provider made " + upn + " with MFA but answered no totpSecret: "
                    + created.asString());
        }
        return new TestUser(this, tenantId, created.path("id"), upn, password, totpSecret);
    }

    /** A user made elsewhere (the launcher's demo data), to sign in as. */
    public TestUser existingUser(String tenantId, String objectId, String userPrincipalName, String password) {
        return new TestUser(this, tenantId, objectId, userPrincipalName, password, null);
    }

    public TestApplication createApplication(String tenantId, String displayName) {
        Response created = given().baseUri(authority).contentType("application/json")
                .body(Map.of("displayName", displayName))
                .post("/" + tenantId + "/applications")
                .then().statusCode(201).extract().response();
        return new TestApplication(this, tenantId, created.path("appId"), created.path("secret"));
    }

    /** An app+user token (v2); {@code extraFields} are the provider's development options, e.g. mfa=false. */
    String passwordToken(TestUser user, Map<String, String> extraFields) {
        return given().baseUri(authority)
                .formParam("grant_type", "password")
                .formParam("client_id", "e2e-suite")
                .formParam("username", user.userPrincipalName())
                .formParam("password", user.password())
                .formParam("scope", audience + "/.default")
                .formParams(extraFields)
                .post("/" + user.tenantId() + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");
    }

    String clientCredentialsToken(TestApplication application) {
        return given().baseUri(authority)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", application.appId())
                .formParam("client_secret", application.secret())
                .formParam("scope", audience + "/.default")
                .post("/" + application.tenantId() + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public String authority() {
        return authority;
    }

    String audience() {
        return audience;
    }
}
