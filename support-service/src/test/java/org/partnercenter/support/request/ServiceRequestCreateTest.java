package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Events;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceRequestCreateTest {

    @Test
    void shouldAnswerTheServiceRequestWhenTheDocsBodyIsPosted() {
        Caller partner = Callers.direct();
        Events.send(IdentityGatewayEvents.PARTNERS.name(),
                Events.partner(partner.partnerTenantId(), "direct", null, "Contoso Partner"));
        StoredRows.awaitStored("select count(*) from partner where tenant_id = ?1", partner.partnerTenantId());

        String id = as(partner).body(request().build()).post("/v1/servicerequests/en-US")
                .then().statusCode(201)
                .header("Location", containsString("/v1/servicerequests/"))
                .body("title", equalTo("Invoice total looks wrong"))
                .body("severity", equalTo("moderate"))
                .body("status", equalTo("open"))
                .body("supportTopicId", equalTo("32444601"))
                .body("supportTopicName", equalTo("Billing"))
                .body("organization.id", equalTo(partner.partnerTenantId().toString()))
                .body("organization.name", equalTo("Contoso Partner"))
                .body("countryCode", equalTo("US"))
                .body("primaryContact.email", equalTo("tess@partner.test"))
                .body("fileLinks[0].fileNameWithoutExtension", equalTo("invoice"))
                .body("fileLinks[0].fileSize", equalTo(1024))
                .body("createdDate", notNullValue())
                .body("notes", hasSize(0))
                .body("escalation.escalated", equalTo(false))
                .body("sla.firstResponse.state", equalTo("not_started"))
                .body("sla.resolution.target", equalTo("PT30H"))
                .body("attributes.objectType", equalTo("ServiceRequest"))
                .extract().path("id");

        as(partner).get("/v1/servicerequests/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("links.self.uri", equalTo("/servicerequests/" + id));
    }

    @Test
    void shouldCreateOnceWhenTheRequestIdRepeats() {
        Caller partner = Callers.direct();
        String requestId = UUID.randomUUID().toString();

        String first = as(partner).header("MS-RequestId", requestId).body(request().build())
                .post("/v1/servicerequests/en-US").then().statusCode(201).extract().path("id");
        String retry = as(partner).header("MS-RequestId", requestId).body(request().build())
                .post("/v1/servicerequests/en-US").then().statusCode(201)
                .header("MS-Idempotent-Replay", "true").extract().path("id");

        assertThat(retry).isEqualTo(first);
        assertThat(requestsOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothingWhenTheBodyIsInvalid() {
        Caller partner = Callers.direct();

        as(partner).body(request().without("Title").severity("urgent").with("Description", " ")
                        .with("PrimaryContact", java.util.Map.of("Email", "nobody")).build())
                .post("/v1/servicerequests/en-US")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("source", equalTo("support-service"))
                .body("data", hasItems(containsString("title"), containsString("description"),
                        containsString("severity"), containsString("primaryContact.email")));

        assertThat(requestsOf(partner)).isZero();
    }

    @Test
    void shouldNameTheLocaleTopicAndCustomerWhenTheyAreUnknown() {
        Caller partner = Callers.direct();

        as(partner).body(request().with("SupportTopicId", 1).customer(UUID.randomUUID()).build())
                .post("/v1/servicerequests/not_a_locale")
                .then().statusCode(400)
                .body("data", hasSize(3))
                .body("data", hasItems(containsString("agentLocale"), containsString("supportTopicId"),
                        containsString("customerId")));
    }

    @Test
    void shouldAcceptOnlyThePartnersOwnLiveCustomersWhenACustomerIsNamed() {
        Caller partner = Callers.direct();
        UUID own = Events.knownCustomer(partner);
        UUID others = Events.knownCustomer(Callers.direct());
        UUID deleted = Events.knownCustomer(partner);
        Events.send(CustomerServiceEvents.CUSTOMERS.name(),
                Events.customer(CustomerServiceEvents.CUSTOMER_DELETED, deleted, partner.partnerTenantId(), null));
        StoredRows.awaitStored("select count(*) from customer where id = ?1 and deleted", deleted);

        request().customer(own).openAs(partner);
        as(partner).body(request().customer(others).build()).post("/v1/servicerequests/en-US")
                .then().statusCode(400).body("data[0]", containsString("customerId"));
        as(partner).body(request().customer(deleted).build()).post("/v1/servicerequests/en-US")
                .then().statusCode(400).body("data[0]", containsString("customerId"));

        assertThat(requestsOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldAcceptAResellersCustomerWhenItsProviderNamesIt() {
        Caller provider = Callers.provider();
        UUID reseller = UUID.randomUUID();
        Events.send(IdentityGatewayEvents.PARTNERS.name(),
                Events.partner(reseller, "indirect_reseller", provider.partnerTenantId(), "Reseller"));
        StoredRows.awaitStored("select count(*) from partner where tenant_id = ?1", reseller);
        UUID customer = Events.knownCustomer(reseller, null);

        String id = request().customer(customer).openIdAs(provider);

        as(provider).get("/v1/customers/" + customer + "/servicerequests/" + id).then().statusCode(200)
                .body("customerId", equalTo(customer.toString()));
    }

    private static long requestsOf(Caller partner) {
        return StoredRows.count("select count(*) from service_request where partner_tenant_id = ?1",
                partner.partnerTenantId());
    }
}
