package org.partnercenter.e2e;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

@EndToEnd
class CustomersIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    CustomersIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldCreateACustomerWhenADirectPartnerPostsIt() {
        TestPartner partner = stack.partners().direct();
        CustomerBody body = CustomerBody.customer("Adventure Works");

        Response created = gateway.as(partner.admin()).body(body.build()).post("/v1/customers");

        created.then().statusCode(201)
                // a path, resolved against the gateway: never the service's own address behind it
                .header("Location", equalTo("/v1/customers/" + created.path("id")))
                .body("companyProfile.domain", equalTo(body.domain()))
                .body("billingProfile.companyName", equalTo("Adventure Works"))
                .body("billingProfile.defaultAddress.city", equalTo("Redmond"))
                .body("associatedPartnerId", nullValue())
                .body("attributes.objectType", equalTo("Customer"));
        gateway.as(partner.admin()).get("/v1/customers")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(created.path("id")));
    }

    @Test
    void shouldCreateItsOwnCustomerWhenTheCallerIsAReseller() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner reseller = stack.partners().resellerOf(provider);

        String customerId = stack.customers().create(reseller.admin(), CustomerBody.customer("Fourth Coffee"));

        gateway.as(reseller.admin()).get("/v1/customers")
                .then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].id", equalTo(customerId));
        gateway.as(reseller.admin()).get("/v1/customers/" + customerId)
                .then().statusCode(200).body("billingProfile.companyName", equalTo("Fourth Coffee"));
    }

    @Test
    void shouldSeeItsResellersCustomersWhenTheCallerIsTheirIndirectProvider() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner reseller = stack.partners().resellerOf(provider);
        TestPartner otherReseller = stack.partners().resellerOf(stack.partners().indirectProvider());
        String providers = stack.customers().create(provider.admin(), CustomerBody.customer("Wide World Importers"));
        String resellers = stack.customers().create(reseller.admin(), CustomerBody.customer("Trey Research"));
        String forReseller = gateway.as(provider.admin())
                .body(CustomerBody.customer("Alpine Ski House").forReseller(reseller.tenantId()).build())
                .post("/v1/customers")
                .then().statusCode(201).body("associatedPartnerId", equalTo(reseller.tenantId()))
                .extract().path("id");
        stack.customers().create(otherReseller.admin(), CustomerBody.customer("Not Theirs"));

        gateway.as(provider.admin()).get("/v1/customers")
                .then().statusCode(200)
                .body("totalCount", equalTo(3))
                .body("items.id", containsInAnyOrder(providers, resellers, forReseller));
        gateway.as(reseller.admin()).get("/v1/customers")
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.id", containsInAnyOrder(resellers, forReseller));
    }

    @Test
    void shouldRefuseACustomerForAResellerWhenTheResellerBelongsToAnotherProvider() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner strangersReseller = stack.partners().resellerOf(stack.partners().indirectProvider());

        gateway.as(provider.admin())
                .body(CustomerBody.customer("Coho Winery").forReseller(strangersReseller.tenantId()).build())
                .post("/v1/customers")
                .then().statusCode(400).body("code", equalTo(400)).body("data[0]", equalTo("associatedPartnerId"));
    }

    @Test
    void shouldAnswer409NamingNoOwnerWhenAnotherPartnerHasTheDomain() {
        TestPartner first = stack.partners().direct();
        TestPartner second = stack.partners().direct();
        CustomerBody body = CustomerBody.customer("Litware");
        stack.customers().create(first.admin(), body);

        gateway.as(second.admin()).body(CustomerBody.customer("Litware Copy").domain(body.domain()).build())
                .post("/v1/customers")
                .then().statusCode(409)
                .body("code", equalTo(409))
                .body("description", equalTo("The domain " + body.domain()
                        + " is not available: choose another domain for the customer."))
                .body("data[0]", equalTo("companyProfile.domain"));
        gateway.as(second.admin()).get("/v1/customers").then().body("totalCount", equalTo(0));
    }
}
