package org.partnercenter.customer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.CustomerBodies.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.MigrationFileBuilder;
import org.partnercenter.testing.PostgresAndKafka;

/** Customer creation and billing-profile updates hold addresses to the rules address validation answers with. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerAddressRulesTest {

    @Test
    void shouldRefuseNamingThePostalCodeWhenACustomerIsCreatedWithOneItsCountryDoesNotHave() {
        Caller partner = Callers.direct();

        as(partner).body(customer().address("PostalCode", "ABCDE").build()).post("/v1/customers")
                .then().statusCode(400).body("code", equalTo(400))
                .body("data", hasItem(startsWith("billingProfile.defaultAddress.postalCode")));
        as(partner).body(customer().without("State").build()).post("/v1/customers")
                .then().statusCode(400).body("data", hasItem(startsWith("billingProfile.defaultAddress.state")));
        as(partner).body(customer().address("Country", "ZZ").build()).post("/v1/customers")
                .then().statusCode(400).body("data", hasItem(startsWith("billingProfile.defaultAddress.country")));

        as(partner).get("/v1/customers").then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldStoreTheRulesSpellingWhenACustomerIsCreatedWithAnotherOne() {
        Caller partner = Callers.direct();

        var created = Customers.create(partner, customer().address("State", "on").address("City", "Ottawa")
                .address("PostalCode", "k1a  0b1").address("Country", "ca"));

        assertThat(created.getString("billingProfile.defaultAddress.state")).isEqualTo("ON");
        assertThat(created.getString("billingProfile.defaultAddress.postalCode")).isEqualTo("K1A 0B1");
        assertThat(created.getString("billingProfile.defaultAddress.country")).isEqualTo("CA");
    }

    @Test
    void shouldRefuseNamingTheFieldWhenABillingProfileUpdateBreaksTheRules() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        String path = "/v1/customers/" + id + "/profiles/billing";
        String etag = as(partner).get(path).then().extract().path("attributes.etag");
        CustomerBodies moved = customer().address("Country", "GB").address("City", "London")
                .address("PostalCode", "98052");

        as(partner).header("If-Match", "\"" + etag + "\"").body(moved.billingProfile()).put(path)
                .then().statusCode(400)
                .body("data", hasItem(startsWith("defaultAddress.postalCode")))
                .body("description", containsString("countryvalidationrules"));
        as(partner).get(path).then().body("defaultAddress.country", equalTo("US"));

        moved.address("PostalCode", "sw1a 1aa").address("State", null);
        as(partner).header("If-Match", "\"" + etag + "\"").body(moved.billingProfile()).put(path)
                .then().statusCode(200)
                .body("defaultAddress.country", equalTo("GB"))
                .body("defaultAddress.postalCode", equalTo("SW1A 1AA"));
    }

    @Test
    void shouldFailTheRowNamingThePostalCodeWhenAMigratedCustomerBreaksTheRules() {
        Caller partner = Callers.direct();
        String location = as(partner).contentType("text/csv")
                .body(MigrationFileBuilder.file().customer("Good Zip").customer("Bad Zip").with("postalCode", "9810")
                        .csv())
                .post("/v1/migrations/customers").then().statusCode(202).extract().header("Location");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                !"running".equals(as(partner).get(location).then().statusCode(200).extract().path("status")));
        JsonPath job = as(partner).get(location).then().extract().jsonPath();
        assertThat(job.getInt("importedRows")).isEqualTo(1);
        assertThat(job.getInt("errors[0].line")).isEqualTo(3);
        assertThat(job.getString("errors[0].reason")).contains("postalCode");
    }
}
