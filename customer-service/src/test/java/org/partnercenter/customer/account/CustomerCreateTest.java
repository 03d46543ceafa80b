package org.partnercenter.customer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.CustomerBodies.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerCreateTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldAnswerTheCustomerWhenTheDocsBodyIsPosted() {
        Caller partner = Callers.direct();
        String domain = "Fabrikam-" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com";

        String id = as(partner).body(customer().domain(domain).companyName("Fabrikam").build()).post("/v1/customers")
                .then().statusCode(201)
                .header("Location", containsString("/v1/customers/"))
                .body("companyProfile.domain", equalTo(domain.toLowerCase()))
                .body("companyProfile.companyName", equalTo("Fabrikam"))
                .body("companyProfile.attributes.objectType", equalTo("CustomerCompanyProfile"))
                .body("billingProfile.email", equalTo("billing@contoso.test"))
                .body("billingProfile.language", equalTo("en"))
                .body("billingProfile.defaultAddress.city", equalTo("Redmond"))
                .body("billingProfile.attributes.etag", notNullValue())
                .body("relationshipToPartner", equalTo("reseller"))
                .body("attributes.objectType", equalTo("Customer"))
                .extract().path("id");

        as(partner).get("/v1/customers/" + id).then().statusCode(200)
                .body("companyProfile.tenantId", equalTo(id))
                .body("links.self.uri", equalTo("/customers/" + id));
    }

    @Test
    void shouldCreateOnceWhenTheRequestIdRepeats() {
        Caller partner = Callers.direct();
        String requestId = UUID.randomUUID().toString();
        var body = customer().build();

        String first = as(partner).header("MS-RequestId", requestId).body(body).post("/v1/customers")
                .then().statusCode(201).extract().path("id");
        String retry = as(partner).header("MS-RequestId", requestId).body(body).post("/v1/customers")
                .then().statusCode(201).header("MS-Idempotent-Replay", "true").extract().path("id");

        assertThat(retry).isEqualTo(first);
        assertThat(customersOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldNameEveryMissingFieldAndStoreNothingWhenTheBodyIsIncomplete() {
        Caller partner = Callers.direct();

        as(partner).body(customer().without("Email").without("City").without("Domain").build()).post("/v1/customers")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("source", equalTo("customer-service"))
                .body("data", hasItems(containsString("billingProfile.email"),
                        containsString("billingProfile.defaultAddress.city"), containsString("companyProfile.domain")));

        assertThat(customersOf(partner)).isZero();
    }

    @Test
    void shouldRefuseWhenValuesHaveTheWrongForm() {
        Caller partner = Callers.direct();

        as(partner).body(customer().domain("not a domain").billing("Email", "nobody").address("Country", "USA")
                        .build()).post("/v1/customers")
                .then().statusCode(400)
                .body("data", hasItems(containsString("companyProfile.domain"), containsString("billingProfile.email"),
                        containsString("billingProfile.defaultAddress.country")));
        as(partner).body("{\"CompanyProfile\": ").post("/v1/customers").then().statusCode(400).body("code", equalTo(400));

        assertThat(customersOf(partner)).isZero();
    }

    @Test
    void shouldAnswerConflictNamingNoOwnerWhenTheDomainIsTakenByAnotherPartner() {
        Caller owner = Callers.direct();
        Caller other = Callers.direct();
        String domain = org.partnercenter.customer.support.CustomerBodies.uniqueDomain();
        as(owner).body(customer().domain(domain).build()).post("/v1/customers").then().statusCode(201);

        as(other).body(customer().domain(domain.toUpperCase()).build()).post("/v1/customers")
                .then().statusCode(409)
                .body("code", equalTo(409))
                .body("description", containsString("not available"))
                .body("description", not(containsString(owner.partnerTenantId().toString())));

        assertThat(customersOf(other)).isZero();
    }

    @Test
    void shouldRefuseWhenTheAssociatedPartnerIsNotTheProvidersReseller() {
        Caller provider = Callers.provider();

        as(provider).body(customer().associatedPartnerId(UUID.randomUUID()).build()).post("/v1/customers")
                .then().statusCode(400).body("data[0]", equalTo("associatedPartnerId"));

        assertThat(customersOf(provider)).isZero();
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentOrTheOperatorCreates() {
        Caller helpdesk = Callers.withRoles(Callers.direct(), Roles.HELPDESK_AGENT);

        as(helpdesk).body(customer().build()).post("/v1/customers").then().statusCode(403).body("code", equalTo(900150));
        as(Callers.operator()).body(customer().build()).post("/v1/customers").then().statusCode(403);

        assertThat(customersOf(helpdesk)).isZero();
    }

    @Test
    void shouldPublishCustomerCreatedWhenACustomerIsCreated() {
        Caller partner = Callers.direct();
        String id = as(partner).body(customer().build()).post("/v1/customers").then().statusCode(201)
                .extract().path("id");

        var records = TopicReader.readUntil(bootstrapServers, CustomerServiceEvents.CUSTOMERS.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(id)), Duration.ofSeconds(30));

        var event = EventJson.read(records.stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow().value());
        assertThat(event.type()).isEqualTo("customer.created");
        assertThat(event.data().path("partnerTenantId").asText()).isEqualTo(partner.partnerTenantId().toString());
        assertThat(event.data().path("domain").asText()).endsWith(".onmicrosoft.com");
    }

    private static long customersOf(Caller partner) {
        return StoredRows.count("select count(*) from customer where partner_tenant_id = ?1", partner.partnerTenantId());
    }
}
