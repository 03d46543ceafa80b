package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

@QuarkusTest
@GatewayTest
class ForwardingTest {

    @Test
    void shouldForwardWithASignedInternalTokenInsteadOfTheCallersWhenTheRuleAllows() throws Exception {
        TestPartner partner = Partners.register("indirect_provider");

        JsonPath forwarded = given().auth().oauth2(partner.admin().token())
                .header("X-Forwarded-User", "someone-else").header("MS-CorrelationId", "corr-forward")
                .get("/v1/customers?size=5")
                .then().statusCode(200).header("MS-CorrelationId", "corr-forward").extract().jsonPath();

        assertThat(forwarded.getString("path")).isEqualTo("/v1/customers?size=5");
        assertThat(forwarded.getString("headers.'x-forwarded-user'")).isNull();
        assertThat(forwarded.getString("headers.'ms-correlationid'")).isEqualTo("corr-forward");
        JsonNode claims = verifiedClaims(forwarded.getString("headers.authorization").substring("Bearer ".length()));
        assertThat(claims.path("tid").asText()).isEqualTo(partner.tenantId());
        assertThat(claims.path("ptype").asText()).isEqualTo("indirect_provider");
        assertThat(claims.path("aud").asText()).isEqualTo("partner-center-services");
        assertThat(claims.path("groups").toString()).contains("global_admin");
    }

    @Test
    void shouldStreamALargeBodyThroughWhenItIsABulkUpload() {
        TestPartner partner = Partners.register("direct");
        byte[] body = new byte[12 * 1024 * 1024];

        given().auth().oauth2(partner.admin().token()).contentType("application/json").body(body)
                .post("/v1/migrations/customers")
                .then().statusCode(200).body("bodyBytes", equalTo(body.length));
    }

    @Test
    void shouldForwardABodilessStatusWithoutATransferCodingWhenTheServiceAnswers304Or204() {
        TestPartner partner = Partners.register("direct");

        for (int status : new int[] {304, 204}) {
            given().auth().oauth2(partner.admin().token()).header("X-Echo-Status", status)
                    .get("/v1/ratecards/azure")
                    .then().statusCode(status).header("Transfer-Encoding", nullValue());
        }
    }

    @Test
    void shouldAnswer502InTheErrorShapeWhenTheServiceGivesNoAnswer() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).header("X-Echo-Hang-Up", "yes").get("/v1/customers")
                .then().statusCode(502).body("code", equalTo(ErrorCodes.INTERNAL))
                .body("description", containsString("same MS-RequestId"))
                .body("source", equalTo("identity-gateway"));
    }

    @Test
    void shouldSendTheRequestAgainWhenTheServiceClosedTheConnectionBeforeAnswering() {
        TestPartner partner = Partners.register("direct");
        String body = "{\"companyName\": \"" + "x".repeat(100_000) + "\"}";

        // The origin hangs up on the first request with a key, so a 200 is an answer to a request sent again.
        given().auth().oauth2(partner.admin().token()).header("X-Echo-Hang-Up-Once", UUID.randomUUID().toString())
                .contentType("application/json").body(body).post("/v1/customers")
                .then().statusCode(200).body("method", equalTo("POST")).body("bodyBytes", equalTo(body.length()));
        given().auth().oauth2(partner.admin().token()).header("X-Echo-Hang-Up-Once", UUID.randomUUID().toString())
                .get("/v1/customers")
                .then().statusCode(200).body("method", equalTo("GET")).body("bodyBytes", equalTo(0));
    }

    @Test
    void shouldTellAResellerToUseItsProviderWhenItAsksForPricing() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);

        given().auth().oauth2(reseller.admin().token()).get("/v1/ratecards/azure")
                .then().statusCode(403).body("description", containsString("indirect provider"));
        given().auth().oauth2(reseller.admin().token()).get("/v1/customers").then().statusCode(200);
    }

    @Test
    void shouldNameTheRolesThatMayWhenTheCallersRolesMayNot() {
        TestPartner partner = Partners.register("direct");
        TestUser sales = TestUser.create(partner.tenantId(), "sales");
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", sales.objectId(), "userPrincipalName", sales.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", "sales_agent")).post("/v1/users/" + sales.objectId() + "/roles");

        given().auth().oauth2(sales.token()).get("/v1/invoices")
                .then().statusCode(403).body("code", equalTo(900150))
                .body("description", containsString("billing_admin"));
        given().auth().oauth2(sales.token()).get("/v1/customers").then().statusCode(200);
    }

    private static JsonNode verifiedClaims(String token) throws Exception {
        String jwks = given().get("/internal/jwks").then().statusCode(200).contentType("application/json")
                .extract().asString();
        // Signature only: the claims themselves are what the tests look at.
        return new ObjectMapper().readTree(new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setSkipAllValidators()
                .build()
                .processToClaims(token)
                .getRawJson());
    }
}
