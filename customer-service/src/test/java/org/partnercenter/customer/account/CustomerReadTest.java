package org.partnercenter.customer.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerReadTest {

    @Test
    void shouldAnswerTheCompanyProfileWhenTheCustomerIsTheCallers() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner, "Northwind");

        as(partner).get("/v1/customers/" + id + "/profiles/company").then().statusCode(200)
                .body("tenantId", equalTo(id))
                .body("companyName", equalTo("Northwind"))
                .body("attributes.objectType", equalTo("CustomerCompanyProfile"));
    }

    @Test
    void shouldAnswerNotFoundRevealingNothingWhenTheCustomerIsAnotherPartners() {
        Caller owner = Callers.direct();
        Caller other = Callers.direct();
        String id = Customers.createId(owner, "Secret Corp");

        for (String path : new String[] {"", "/profiles/company", "/profiles/billing"}) {
            as(other).get("/v1/customers/" + id + path).then().statusCode(404)
                    .body("code", equalTo(404))
                    .body("description", not(containsString("Secret")));
        }
        as(other).delete("/v1/customers/" + id).then().statusCode(404);
        as(owner).get("/v1/customers/" + id).then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundWhenTheCustomerDoesNotExist() {
        as(Callers.direct()).get("/v1/customers/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldRefuseWhenTheIdIsNotAGuid() {
        as(Callers.direct()).get("/v1/customers/not-a-guid").then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void shouldLetTheOperatorReadWhenTheCustomerIsAnyPartners() {
        String id = Customers.createId(Callers.direct());

        as(Callers.operator()).get("/v1/customers/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldRefuseTheRoleWhenABillingAdminReadsCustomers() {
        Caller billing = Callers.withRoles(Callers.direct(), Roles.BILLING_ADMIN);

        as(billing).get("/v1/customers").then().statusCode(403).body("code", equalTo(900150));
    }
}
