package org.partnercenter.customer.account;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class DomainCheckTest {

    @Test
    void shouldAnswer200WithNoBodyWhenACustomerOfAnyPartnerHasTheDomain() {
        Caller owner = Callers.direct();
        String domain = CustomerBodies.uniqueDomain();
        Customers.create(owner, CustomerBodies.customer().domain(domain));

        as(Callers.direct()).head("/v1/domains/" + domain.toUpperCase())
                .then().statusCode(200).body(emptyString());
        as(Callers.withRoles(owner, Roles.SALES_AGENT)).head("/v1/domains/" + domain).then().statusCode(200);
        as(Callers.operator()).head("/v1/domains/" + domain).then().statusCode(200);
    }

    @Test
    void shouldAnswer404WithNoBodyWhenNoCustomerHasTheDomain() {
        as(Callers.direct()).head("/v1/domains/" + CustomerBodies.uniqueDomain())
                .then().statusCode(404).body(emptyString());
    }

    @Test
    void shouldAnswer404WhenTheCustomerThatHadTheDomainWasDeleted() {
        Caller owner = Callers.direct();
        String domain = CustomerBodies.uniqueDomain();
        String id = Customers.create(owner, CustomerBodies.customer().domain(domain)).getString("id");
        as(owner).delete("/v1/customers/" + id).then().statusCode(204);

        as(owner).head("/v1/domains/" + domain).then().statusCode(404);
    }

    @Test
    void shouldAnswer400WhenTheDomainIsNoDomainName() {
        for (String bad : new String[] {"not_a_domain", "nodot", "a..b.com", "-x.com"}) {
            as(Callers.direct()).head("/v1/domains/" + bad).then().statusCode(400);
        }
    }

    @Test
    void shouldAnswer405InTheErrorShapeWhenTheDomainIsAskedForWithGet() {
        as(Callers.direct()).get("/v1/domains/" + CustomerBodies.uniqueDomain())
                .then().statusCode(405).body("code", equalTo(405));
    }

    @Test
    void shouldRefuseWhenTheCallerMayNotCreateCustomers() {
        Caller partner = Callers.direct();
        for (String role : new String[] {Roles.HELPDESK_AGENT, Roles.BILLING_ADMIN, Roles.USER_ADMIN}) {
            as(Callers.withRoles(partner, role)).head("/v1/domains/" + CustomerBodies.uniqueDomain())
                    .then().statusCode(403);
        }
    }
}
