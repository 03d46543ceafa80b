package org.partnercenter.customer.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.CustomerBodies.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.DevelopmentDirectory;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
@QuarkusTestResource(DevelopmentDirectory.class)
class CustomerUsersListTest {

    @Test
    void shouldAnswerTheAdminAsACustomerUserWhenTheUsersAreListed() {
        Caller partner = Callers.direct();
        String domain = "usr-" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com";
        JsonPath created = Customers.create(partner, customer().domain(domain));
        String id = created.getString("id");

        as(partner).queryParam("size", "10").get("/v1/customers/" + id + "/users").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].userPrincipalName", equalTo("admin@" + domain))
                .body("items[0].displayName", equalTo("Tess Tester"))
                .body("items[0].state", equalTo("active"))
                .body("items[0].userDomainType", equalTo("managed"))
                .body("items[0].usageLocation", equalTo("US"))
                .body("items[0].passwordProfile", nullValue())
                .body("items[0].attributes.objectType", equalTo("CustomerUser"))
                .body("items[0].links.self.uri", equalTo("/customers/" + id + "/users/" + JsonPath.from(
                        as(partner).get("/v1/customers/" + id + "/users").asString()).getString("items[0].id")))
                .body("links.self.uri", equalTo("/customers/" + id + "/users?size=10"));
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnersCustomerIsAsked() {
        String id = Customers.createId(Callers.direct());

        as(Callers.direct()).get("/v1/customers/" + id + "/users").then().statusCode(404)
                .body("code", equalTo(404));
    }

    @Test
    void shouldAnswerNotFoundWhenTheCustomerDoesNotExist() {
        as(Callers.direct()).get("/v1/customers/" + UUID.randomUUID() + "/users").then().statusCode(404);
    }
}
