package org.partnercenter.idp.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.TestDirectory.TestUser;

/** Test-data builder for a token request: a valid request by default, changed field by field. */
public final class TokenRequest {

    private final String tenant;
    private final Map<String, String> form = new LinkedHashMap<>();
    private boolean v1;

    private TokenRequest(String tenant) {
        this.tenant = tenant;
    }

    public static TokenRequest password(TestUser user) {
        return new TokenRequest(user.tenantId())
                .with("grant_type", "password")
                .with("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46")
                .with("username", user.userPrincipalName())
                .with("password", user.password())
                .with("scope", TestDirectory.PARTNER_CENTER_DEFAULT_SCOPE);
    }

    public static TokenRequest clientCredentials(String tenantId, ApplicationView application) {
        return new TokenRequest(tenantId)
                .with("grant_type", "client_credentials")
                .with("client_id", application.appId())
                .with("client_secret", application.secret())
                .with("scope", TestDirectory.PARTNER_CENTER_DEFAULT_SCOPE);
    }

    /** Sends the request to the v1 endpoint, asking for {@code resource} instead of a scope. */
    public TokenRequest v1(String resource) {
        this.v1 = true;
        form.remove("scope");
        return with("resource", resource);
    }

    public TokenRequest with(String field, String value) {
        form.put(field, value);
        return this;
    }

    public TokenRequest without(String field) {
        form.remove(field);
        return this;
    }

    public TokenRequest inTenant(String otherTenant) {
        TokenRequest moved = new TokenRequest(otherTenant);
        moved.form.putAll(form);
        moved.v1 = v1;
        return moved;
    }

    public Response post() {
        return given().formParams(form)
                .when().post(v1 ? "/{tenant}/oauth2/token" : "/{tenant}/oauth2/v2.0/token", tenant);
    }

    /** The access token of a request that must succeed. */
    public String accessToken() {
        return post().then().statusCode(200).extract().path("access_token");
    }
}
