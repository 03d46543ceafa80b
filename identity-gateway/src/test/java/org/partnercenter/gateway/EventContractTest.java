package org.partnercenter.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.AUDIT_RECORDED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REACTIVATED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REGISTERED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_SUSPENDED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_UPDATED;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.EventContract;

/**
 * The gateway's side of its event contracts: each partner and audit event its real code path stores in the outbox
 * has the shape of the committed sample that consumers' tests publish. The partner is a reseller with an MPN id and
 * an address, so that every optional field is present. {@code -Dpartner-center.contracts.write=true} rewrites the
 * samples.
 */
@QuarkusTest
@GatewayTest
class EventContractTest {

    @Test
    void shouldPublishPartnerEventsShapedAsTheirSamplesWhenAResellerIsRegisteredChangedSuspendedAndReactivated() {
        TestPartner provider = Partners.register("indirect_provider");
        String reseller = UUID.randomUUID().toString();
        Map<String, Object> registration = Partners.registration(reseller, "indirect_reseller",
                TestUser.create(reseller, "global-admin"), provider.tenantId(), true);
        registration.put("MpnId", "4812345");
        registration.put("Address", Map.of("AddressLine1", "1 Microsoft Way", "AddressLine2", "Building 92",
                "AddressLine3", "Suite 100", "City", "Redmond", "State", "WA", "PostalCode", "98052", "Region",
                "King County", "Country", "US"));
        operator().body(registration).post("/v1/partners").then().statusCode(201);
        EventContract.assertPublishedAsSample(PARTNER_REGISTERED, reseller);

        String etag = operator().get("/v1/partners/" + reseller).then().statusCode(200).extract()
                .path("attributes.etag");
        operator().header("If-Match", "\"" + etag + "\"").body(Map.of("Name", "Renamed Reseller"))
                .patch("/v1/partners/" + reseller).then().statusCode(200);
        EventContract.assertPublishedAsSample(PARTNER_UPDATED, reseller);

        operator().post("/v1/partners/" + reseller + "/suspend").then().statusCode(200);
        EventContract.assertPublishedAsSample(PARTNER_SUSPENDED, reseller);

        operator().post("/v1/partners/" + reseller + "/reactivate").then().statusCode(200);
        EventContract.assertPublishedAsSample(PARTNER_REACTIVATED, reseller);
    }

    @Test
    void shouldPublishAuditRecordedShapedAsItsSampleWhenAPartnersRequestIsAudited() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).header("MS-CorrelationId", UUID.randomUUID().toString())
                .get("/v1/customers/" + UUID.randomUUID() + "/subscriptions").then().statusCode(200);

        // The audit trail stores its records in batches, off the request path.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                EventContract.assertPublishedAsSample(AUDIT_RECORDED, partner.tenantId()));
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().oauth2(Partners.operatorToken()).contentType("application/json");
    }
}
