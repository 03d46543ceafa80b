package org.partnercenter.customer.relationship;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.PartnerEvents;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class RelationshipsTest {

    @Test
    void shouldListTheProvidersResellersWhenAskedAsTheDocsDo() {
        Caller provider = Callers.provider();
        UUID reseller = UUID.randomUUID();
        PartnerEvents.providerWithReseller(provider, reseller);

        as(provider).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(reseller.toString()))
                .body("items[0].name", equalTo("Reseller " + reseller))
                .body("items[0].relationshipType", equalTo("is_indirect_cloud_solution_provider_of"))
                .body("items[0].state", equalTo("active"))
                .body("items[0].location", equalTo("US"))
                .body("items[0].attributes.objectType", equalTo("PartnerRelationship"))
                .body("attributes.objectType", equalTo("Collection"));
    }

    @Test
    void shouldListTheResellersProviderWhenTheResellerAsks() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());

        as(reseller).get("/v1/relationships?relationship_type=is_indirect_reseller_of")
                .then().statusCode(200)
                .body("items[0].id", equalTo(provider.partnerTenantId().toString()))
                .body("items[0].relationshipType", equalTo("is_indirect_reseller_of"));
    }

    @Test
    void shouldListNothingWhenAnotherProviderAsks() {
        Caller provider = Callers.provider();
        PartnerEvents.providerWithReseller(provider, UUID.randomUUID());

        as(Callers.provider()).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldRefuseNamingTheParameterWhenTheTypeIsMissingOrUnknown() {
        Caller provider = Callers.provider();

        as(provider).get("/v1/relationships").then().statusCode(400).body("data[0]", equalTo("relationship_type"));
        as(provider).get("/v1/relationships?relationship_type=IsFriendOf").then().statusCode(400)
                .body("data[0]", equalTo("relationship_type"));
    }

    @Test
    void shouldNameTheProviderAndResellerWhenACustomersRelationshipsAreRead() {
        Caller provider = Callers.provider();
        UUID reseller = UUID.randomUUID();
        PartnerEvents.providerWithReseller(provider, reseller);
        String id = Customers.create(provider, CustomerBodies.customer().associatedPartnerId(reseller)).getString("id");

        as(provider).get("/v1/customers/" + id + "/relationships").then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.id", hasItem(reseller.toString()))
                .body("items.id", hasItem(provider.partnerTenantId().toString()));
        as(Callers.provider()).get("/v1/customers/" + id + "/relationships").then().statusCode(404);
    }
}
