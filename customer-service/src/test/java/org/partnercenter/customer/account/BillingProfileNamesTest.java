package org.partnercenter.customer.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.testing.PostgresAndKafka;

/** The billing profile's own firstName and lastName, beside its default address's, as the real model has them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class BillingProfileNamesTest {

    @Test
    void shouldStoreAndReturnTheProfilesOwnNamesWhenAPutSendsThemBesideTheAddresss() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        Map<String, Object> profile = CustomerBodies.customer().billing("FirstName", "Avery")
                .billing("LastName", "Billing").billingProfile();

        as(partner).header("If-Match", etagOf(partner, id)).body(profile)
                .put("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .body("firstName", equalTo("Avery"))
                .body("lastName", equalTo("Billing"));

        as(partner).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .body("firstName", equalTo("Avery"))
                .body("lastName", equalTo("Billing"))
                .body("defaultAddress.firstName", equalTo("Tess"))
                .body("defaultAddress.lastName", equalTo("Tester"));
    }

    @Test
    void shouldStoreTheNewNamesWhenTheSdkPutsBackTheProfileItReadWithOnlyTheNamesChanged() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        Map<String, Object> read = as(partner).get("/v1/customers/" + id + "/profiles/billing").then()
                .statusCode(200).extract().jsonPath().getMap("");
        read.put("firstName", "Robin");
        read.put("lastName", "Renamed");

        as(partner).body(read).put("/v1/customers/" + id + "/profiles/billing").then().statusCode(200);

        as(partner).get("/v1/customers/" + id).then().statusCode(200)
                .body("billingProfile.firstName", equalTo("Robin"))
                .body("billingProfile.lastName", equalTo("Renamed"))
                .body("billingProfile.defaultAddress.firstName", equalTo("Tess"));
    }

    @Test
    void shouldAnswerTheAddresssNamesWhenTheProfileSendsNoneOfItsOwn() {
        Caller partner = Callers.direct();

        String id = Customers.create(partner, CustomerBodies.customer().address("FirstName", "Casey")
                .address("LastName", "Addr")).getString("id");

        as(partner).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .body("firstName", equalTo("Casey"))
                .body("lastName", equalTo("Addr"));
    }

    @Test
    void shouldKeepTheNamesGivenAtCreationWhenTheCustomerIsCreatedWithThem() {
        Caller partner = Callers.direct();

        String id = Customers.create(partner, CustomerBodies.customer().billing("FirstName", "Dana")
                .billing("LastName", "Contact")).getString("id");

        as(partner).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .body("firstName", equalTo("Dana"))
                .body("lastName", equalTo("Contact"))
                .body("defaultAddress.firstName", equalTo("Tess"));
    }

    @Test
    void shouldNameTheFieldWhenTheProfilesFirstNameIsTooLong() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);

        as(partner).header("If-Match", etagOf(partner, id))
                .body(CustomerBodies.customer().billing("FirstName", "x".repeat(101)).billingProfile())
                .put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(400).body("data[0]", containsString("firstName"));
    }

    private static String etagOf(Caller caller, String id) {
        return as(caller).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .extract().path("attributes.etag");
    }
}
