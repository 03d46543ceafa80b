package org.partnercenter.customer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
class ResellerScopeTest {

    @Test
    void shouldShowTheProviderItsResellersCustomersWhenTheResellerCreatedThem() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());
        String id = Customers.createId(reseller, "Reseller's Customer");

        as(provider).get("/v1/customers/" + id).then().statusCode(200);
        assertThat(names(provider)).contains("Reseller's Customer");
    }

    @Test
    void shouldKeepResellersApartWhenTheyShareAProvider() {
        Caller provider = Callers.provider();
        Caller one = Callers.reseller(UUID.randomUUID());
        Caller other = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, one.partnerTenantId());
        PartnerEvents.providerWithReseller(provider, other.partnerTenantId());
        String ones = Customers.createId(one, "One's Customer");
        String associated = Customers.create(provider, CustomerBodies.customer().companyName("Made For One")
                .associatedPartnerId(one.partnerTenantId())).getString("id");

        as(other).get("/v1/customers/" + ones).then().statusCode(404);
        as(other).get("/v1/customers/" + associated).then().statusCode(404);
        assertThat(names(other)).isEmpty();
        assertThat(names(one)).containsExactlyInAnyOrder("One's Customer", "Made For One");
        assertThat(names(provider)).containsExactlyInAnyOrder("One's Customer", "Made For One");
    }

    @Test
    void shouldListAResellersCustomersWhenTheProviderFiltersByIndirectReseller() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());
        Customers.create(provider, CustomerBodies.customer().companyName("Associated")
                .associatedPartnerId(reseller.partnerTenantId()));
        Customers.createId(provider, "Provider's Own");

        as(provider).queryParam("filter", "{\"Field\":\"IndirectReseller\",\"Value\":\""
                        + reseller.partnerTenantId() + "\",\"Operator\":\"starts_with\"}")
                .get("/v1/customers").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].associatedPartnerId", equalTo(reseller.partnerTenantId().toString()));
    }

    @Test
    void shouldHideTheCustomersWhenAnotherProviderAsks() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());
        String id = Customers.createId(reseller, "Not Yours");

        as(Callers.provider()).get("/v1/customers/" + id).then().statusCode(404);
    }

    private static List<String> names(Caller caller) {
        return as(caller).get("/v1/customers?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.companyProfile.companyName");
    }
}
