package org.partnercenter.idp.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.account.UserView;

/** Creates tenants, users and applications through the provider's own endpoints. */
public final class TestDirectory {

    public static final String PARTNER_CENTER_API = "https://api.partnercenter.microsoft.com";
    public static final String PARTNER_CENTER_DEFAULT_SCOPE = PARTNER_CENTER_API + "/.default";

    private TestDirectory() {
    }

    /** A tenant id nobody used yet: it exists once something is created in it. */
    public static String newTenantId() {
        return UUID.randomUUID().toString();
    }

    public static TestUser userIn(String tenantId) {
        return userIn(tenantId, Map.of());
    }

    /** A user whose object id is chosen (the development-only {@code id} field). */
    public static TestUser userWithObjectId(String tenantId, String objectId) {
        return userIn(tenantId, Map.of("id", objectId));
    }

    /** A user with an authenticator app: {@link TestUser#totpSecret()} makes its codes. */
    public static TestUser mfaUserIn(String tenantId) {
        return userIn(tenantId, Map.of("mfa", true));
    }

    /** A single-page app that signs in at {@link SignInBrowser#REDIRECT_URI}. */
    public static ApplicationView spaIn(String tenantId, String signInAudience) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "portal " + UUID.randomUUID(), "signInAudience", signInAudience,
                        "redirectUris", List.of(SignInBrowser.REDIRECT_URI)))
                .when().post("/{tenant}/applications", tenantId)
                .then().statusCode(201)
                .extract().as(ApplicationView.class);
    }

    /** A command line's registration: a public client, which may use the device code flow. */
    public static ApplicationView publicClientIn(String tenantId, String signInAudience) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "partnercenter CLI " + UUID.randomUUID(), "signInAudience", signInAudience,
                        "publicClient", true))
                .when().post("/{tenant}/applications", tenantId)
                .then().statusCode(201)
                .extract().as(ApplicationView.class);
    }

    private static TestUser userIn(String tenantId, Map<String, Object> extraFields) {
        String upn = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
        String password = "P@ss-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(extraFields);
        body.put("userPrincipalName", upn);
        body.put("password", password);
        UserView created = given().contentType(ContentType.JSON)
                .body(body)
                .when().post("/{tenant}/users", tenantId)
                .then().statusCode(201)
                .extract().as(UserView.class);
        return new TestUser(tenantId, created.id(), upn, password, created.totpSecret());
    }

    public static ApplicationView applicationIn(String tenantId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "integration " + UUID.randomUUID()))
                .when().post("/{tenant}/applications", tenantId)
                .then().statusCode(201)
                .extract().as(ApplicationView.class);
    }

    /** A user of a new tenant, with the password that signs them in and, with MFA, their TOTP secret. */
    public record TestUser(String tenantId, String id, String userPrincipalName, String password, String totpSecret) {
    }
}
