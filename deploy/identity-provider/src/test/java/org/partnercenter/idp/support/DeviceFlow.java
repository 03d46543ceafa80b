package org.partnercenter.idp.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.partnercenter.idp.support.TestDirectory.TestUser;

/**
 * What a command line and its user do in the device code flow: the device asks for a code and polls; the
 * person opens the device login page and enters the code, or a test approves it through the development endpoint.
 */
public final class DeviceFlow {

    public static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final String authority;
    private final String clientId;

    private DeviceFlow(String authority, String clientId) {
        this.authority = authority;
        this.clientId = clientId;
    }

    /** {@code authority} is the tenant segment: a tenant id, {@code organizations} or {@code common}. */
    public static DeviceFlow at(String authority, String clientId) {
        return new DeviceFlow(authority, clientId);
    }

    public Response requestCode(String scope) {
        return given().formParam("client_id", clientId).formParam("scope", scope)
                .when().post("/{tenant}/oauth2/v2.0/devicecode", authority);
    }

    /** The device authorization response of a request that must succeed. */
    public JsonPath start(String scope) {
        return requestCode(scope).then().statusCode(200).extract().jsonPath();
    }

    public Response poll(String deviceCode) {
        return pollAs(clientId, deviceCode);
    }

    public Response pollAs(String otherClientId, String deviceCode) {
        return given().formParam("grant_type", DEVICE_CODE_GRANT).formParam("client_id", otherClientId)
                .formParam("device_code", deviceCode)
                .when().post("/{tenant}/oauth2/v2.0/token", authority);
    }

    public Response refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token").formParam("client_id", clientId)
                .formParam("refresh_token", refreshToken)
                .when().post("/{tenant}/oauth2/v2.0/token", authority);
    }

    /** The development-only approval, as the user would give it; {@code otp} may be null. */
    public Response approve(String userCode, TestUser user, String password, String otp) {
        Map<String, String> body = new HashMap<>();
        body.put("user_code", userCode);
        body.put("userPrincipalName", user.userPrincipalName());
        body.put("password", password);
        if (otp != null) {
            body.put("otp", otp);
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/{tenant}/oauth2/v2.0/devicecode/approve", authority);
    }

    /** Approves as the user, with their current authenticator code when they have MFA. */
    public void approve(String userCode, TestUser user) {
        String otp = user.totpSecret() == null ? null : TotpCodes.now(user.totpSecret());
        approve(userCode, user, user.password(), otp).then().statusCode(204);
    }

    public static Response openLoginPage() {
        return given().when().get("/devicelogin");
    }

    /** The device login page's form: {@code action} is {@code next} or {@code cancel}. */
    public static Response enterCode(String userCode, String action) {
        return given().redirects().follow(false).formParam("user_code", userCode).formParam("action", action)
                .when().post("/devicelogin");
    }
}
