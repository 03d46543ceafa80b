package org.partnercenter.gateway.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.TestIdentityProvider;

@QuarkusTest
@GatewayTest
class SignInTest {

    /** A refusal must be answered once: a second answer to a request is an uncaught error on the event loop. */
    private final UncaughtErrors uncaught = new UncaughtErrors();

    @BeforeEach
    void listenForUncaughtErrors() {
        uncaught.listen();
    }

    @AfterEach
    void shouldHaveAnsweredEachRequestOnceWhenTheTestEnds() {
        uncaught.stop();
        assertThat(uncaught.messages()).isEmpty();
    }

    @Test
    void shouldAcceptAnAppPlusUserTokenWhenItIsValid() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/users")
                .then().statusCode(200)
                .body("items.userPrincipalName", org.hamcrest.Matchers.hasItem(partner.admin().userPrincipalName()));
    }

    @Test
    void shouldAcceptAV1TokenWhenItComesFromTheV1Issuer() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().v1Token()).get("/v1/users").then().statusCode(200);
    }

    @Test
    void shouldRefuseWith401WhenThereIsNoToken() {
        given().get("/v1/users")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo(401))
                .body("source", equalTo("identity-gateway"));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsNotAJwt() {
        refused("not-a-token");
    }

    @Test
    void shouldRefuseWith401WhenTheTokenHasExpired() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token("&lifetime_seconds=-600")).get("/v1/users")
                .then().statusCode(401).body("description", containsString("expired"));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsNotYetValid() {
        TestPartner partner = Partners.register("direct");

        // An hour ahead: far beyond the accepted clock skew of a minute.
        refused(partner.admin().token("&not_before_seconds=3600"));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsForAnotherApi() {
        TestPartner partner = Partners.register("direct");
        String graphToken = TestIdentityProvider.accessToken(partner.tenantId(), false,
                "grant_type=password&client_id=c&username=" + partner.admin().userPrincipalName() + "&password="
                        + partner.admin().password() + "&scope=https://graph.microsoft.com/.default");

        refused(graphToken);
    }

    @Test
    void shouldRefuseWith401WhenTheSignatureIsForged() throws Exception {
        String[] parts = Partners.register("direct").admin().token().split("\\.");
        var signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        signer.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        refused(parts[0] + "." + parts[1] + "." + base64(signer.sign()));
    }

    @Test
    void shouldRefuseWith401WhenTheKeyIdIsNotInTheJwks() throws Exception {
        String[] parts = Partners.register("direct").admin().token().split("\\.");
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"no-such-key\"}"
                .getBytes(StandardCharsets.UTF_8));
        var signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        signer.update((header + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        refused(header + "." + parts[1] + "." + base64(signer.sign()));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsHmacSignedWithThePublicKey() throws Exception {
        TestPartner partner = Partners.register("direct");
        String[] parts = partner.admin().token().split("\\.");
        String jwks = TestIdentityProvider.jwks(partner.tenantId());
        String header = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(jwks.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

        refused(header + "." + parts[1] + "." + base64(mac.doFinal((header + "." + parts[1])
                .getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsUnsigned() {
        String[] parts = Partners.register("direct").admin().token().split("\\.");

        refused(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".");
    }

    @Test
    void shouldRefuseWith403WhenTheTenantIsNotARegisteredPartner() {
        TestUser customer = TestUser.create(UUID.randomUUID().toString(), "customer-admin");

        given().auth().oauth2(customer.token()).get("/v1/users")
                .then().statusCode(403)
                .body("description", containsString("for CSP partners"));
    }

    @Test
    void shouldRefuseWith900421WhenThePartnerRequiresMfaAndTheTokenHasNone() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token("&mfa=false")).get("/v1/users")
                .then().statusCode(401)
                .body("code", equalTo(900421));
    }

    @Test
    void shouldAcceptATokenWithoutMfaWhenThePartnerDoesNotRequireIt() {
        TestPartner partner = Partners.register("direct", null, false);

        given().auth().oauth2(partner.admin().token("&mfa=false")).get("/v1/users").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/v1/users")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo(401));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
