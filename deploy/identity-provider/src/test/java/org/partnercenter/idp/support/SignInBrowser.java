package org.partnercenter.idp.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercenter.idp.support.TestDirectory.TestUser;

/**
 * What an SPA and its user's browser do in the authorization code flow with PKCE: a valid authorization
 * request by default, changed parameter by parameter, and the sign-in pages filled in as a person would.
 */
public final class SignInBrowser {

    public static final String REDIRECT_URI = "http://127.0.0.1:8080/";
    public static final String SCOPE = TestDirectory.PARTNER_CENTER_API
            + "/user_impersonation openid profile offline_access";
    private static final Pattern PENDING_ID = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

    private final String authority;
    private final String verifier;
    private final Map<String, String> query = new LinkedHashMap<>();

    private SignInBrowser(String authority, String clientId) {
        this.authority = authority;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("redirect_uri", REDIRECT_URI);
        query.put("scope", SCOPE);
        query.put("state", UUID.randomUUID().toString());
        query.put("nonce", UUID.randomUUID().toString());
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
    }

    /** {@code authority} is the tenant segment: a tenant id, {@code organizations} or {@code common}. */
    public static SignInBrowser at(String authority, String clientId) {
        return new SignInBrowser(authority, clientId);
    }

    public SignInBrowser with(String parameter, String value) {
        query.put(parameter, value);
        return this;
    }

    public SignInBrowser without(String parameter) {
        query.remove(parameter);
        return this;
    }

    public String parameter(String name) {
        return query.get(name);
    }

    public String verifier() {
        return verifier;
    }

    public Response open() {
        return given().redirects().follow(false).queryParams(query)
                .when().get("/{tenant}/oauth2/v2.0/authorize", authority);
    }

    public Response signIn(Response page, String username, String password) {
        return post(page, Map.of("username", username, "password", password));
    }

    public Response enterCode(Response page, String code) {
        return post(page, Map.of("otp", code));
    }

    /** Signs the user in (with their authenticator code when they have MFA) and returns the authorization code. */
    public String code(TestUser user) {
        Response answer = signIn(open(), user.userPrincipalName(), user.password());
        if (user.totpSecret() != null) {
            answer = enterCode(answer, TotpCodes.now(user.totpSecret()));
        }
        Map<String, String> parameters = answer(answer);
        assertThat(parameters).containsEntry("state", query.get("state")).containsKey("code");
        return parameters.get("code");
    }

    /** Redeems a code at the token endpoint of this browser's authority, as the SPA does. */
    public Response redeem(String code) {
        return given().formParam("grant_type", "authorization_code").formParam("client_id", query.get("client_id"))
                .formParam("code", code).formParam("redirect_uri", query.get("redirect_uri"))
                .formParam("code_verifier", verifier)
                .when().post("/{tenant}/oauth2/v2.0/token", authority);
    }

    public Response refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token").formParam("client_id", query.get("client_id"))
                .formParam("refresh_token", refreshToken)
                .when().post("/{tenant}/oauth2/v2.0/token", authority);
    }

    /** The parameters of a redirect back to the SPA, from the query or the fragment. */
    public static Map<String, String> answer(Response redirect) {
        assertThat(redirect.statusCode()).as("redirect, got %s", redirect.asString()).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        assertThat(location.toString()).startsWith(REDIRECT_URI);
        String raw = location.getRawQuery() != null ? location.getRawQuery() : location.getRawFragment();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private Response post(Response page, Map<String, String> fields) {
        Matcher pending = PENDING_ID.matcher(page.asString());
        assertThat(pending.find()).as("a sign-in page, got %s", page.asString()).isTrue();
        return given().redirects().follow(false).formParam("request", pending.group(1)).formParams(fields)
                .when().post("/{tenant}/oauth2/v2.0/authorize", authority);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new AssertionError(unavailable);
        }
    }
}
