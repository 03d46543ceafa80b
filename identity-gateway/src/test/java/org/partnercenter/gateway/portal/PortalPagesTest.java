package org.partnercenter.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;

/** The portal's files at / beside the API: deep links, its policy headers, and the API's paths left alone. */
@QuarkusTest
@GatewayTest
class PortalPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void shouldServeTheAppWithAStrictPolicyWhenABrowserOpensTheRoot() {
        given().accept(BROWSER).get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\"></div>"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void shouldServeTheAppWhenABrowserFollowsADeepLink() {
        var response = given().accept(BROWSER).get("/customers/9f1c0a57-2c1e-4f3a-9b1e-7d7e6f0c1a11/usage");

        response.then().statusCode(200).body(containsString("<div id=\"root\"></div>"))
                .header("Cache-Control", equalTo("no-cache"));
        assertThat(response.headers().getValues("Content-Security-Policy")).singleElement().asString()
                .contains("script-src 'self'");
    }

    @Test
    void shouldServeBuiltAssetsAsImmutableWhenThePageNamesThem() {
        String page = given().accept(BROWSER).get("/").then().extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page names its script").isTrue();

        given().get(script.group(1)).then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void shouldAnswerTheApisNotFoundWhenAClientAsksForJsonAtAnUnknownPath() {
        given().accept("application/json").get("/customers").then().statusCode(404)
                .body("code", equalTo(404));
    }

    @Test
    void shouldLeaveApiPathsToTheApiWhenABrowserAsks() {
        given().accept(BROWSER).get("/v1/customers").then().statusCode(401)
                .header("Content-Security-Policy", equalTo(null));
        given().accept(BROWSER).get("/v1/no-such-route").then().statusCode(404)
                .body(not(containsString("id=\"root\"")));
    }

    @Test
    void shouldServeTheInternalJwksWhenAServiceAsksWithJavasDefaultAccept() {
        // HttpURLConnection's default, which smallrye-jwt sends when it fetches the keys: it names text/html.
        given().accept("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2").get("/internal/jwks")
                .then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"));
    }

    @Test
    void shouldTellThePortalHowToSignInWhenNobodyHasSignedInYet() {
        given().get("/portal-config.json").then().statusCode(200)
                .body("authority", endsWith("/organizations/v2.0"))
                .body("scope", startsWith("https://api.partnercenter.microsoft.com/user_impersonation"))
                .body("scope", containsString("offline_access"));
    }
}
