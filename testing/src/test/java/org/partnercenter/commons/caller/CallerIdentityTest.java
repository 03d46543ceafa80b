package org.partnercenter.commons.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class CallerIdentityTest {

    private final Caller partner = newPartner();

    @Test
    void shouldExposeTheCallerWhenTheInternalTokenIsValid() {
        Caller provider = new Caller(UUID.randomUUID(), PartnerType.INDIRECT_PROVIDER, "oid-1", "ann@provider.test",
                Set.of(Roles.ADMIN_AGENT, Roles.BILLING_ADMIN), false);
        given().auth().oauth2(TestTokens.sign(provider)).get("/v1/widgets/caller")
                .then().statusCode(200)
                .body("partnerTenantId", equalTo(provider.partnerTenantId().toString()))
                .body("partnerType", equalTo("indirect_provider"))
                .body("objectId", equalTo("oid-1"))
                .body("roles", containsInAnyOrder("admin_agent", "billing_admin"));
    }

    @Test
    void shouldRefuseWith401WhenThereIsNoToken() {
        given().get("/v1/widgets")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo(401))
                .body("description", containsString("Authorization"));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsSignedByAnUntrustedKey() {
        refused(TestTokens.signedByStranger(partner));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenHasExpired() {
        refused(TestTokens.expired(partner));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsNotShortLived() {
        refused(TestTokens.withLifetime(partner, java.time.Duration.ofHours(1)));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenNamesAnotherIssuer() {
        refused(TestTokens.fromIssuer("https://someone-else.example", partner));
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsNotAJwt() {
        refused("not-a-token");
    }

    @Test
    void shouldRefuseWith401WhenTheTokenIsUnsigned() {
        String[] parts = TestTokens.sign(partner).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + parts[1] + ".");
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/v1/widgets")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo(401));
    }
}
