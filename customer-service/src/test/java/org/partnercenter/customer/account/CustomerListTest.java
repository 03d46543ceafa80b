package org.partnercenter.customer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerListTest {

    @Test
    void shouldServe500CustomersAPageWhenThePowerShellModuleAsksForThem() {
        Caller partner = Callers.direct();
        Rows.insertCustomers(partner.partnerTenantId(), 620, "Bulk ");

        JsonPath first = as(partner).get("/v1/customers?size=500").then().statusCode(200)
                .body("totalCount", equalTo(500))
                .body("links.next.uri", equalTo("/customers?size=500&seekOperation=Next"))
                .extract().jsonPath();
        JsonPath second = as(partner).header("MS-ContinuationToken", first.getString("links.next.headers[0].value"))
                .get("/v1" + first.getString("links.next.uri")).then().statusCode(200)
                .body("totalCount", equalTo(120))
                .body("links.next", nullValue())
                .extract().jsonPath();

        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertThat(new HashSet<>(ids)).hasSize(620);
    }

    @Test
    void shouldListOnlyTheCallersCustomersWhenOtherPartnersHaveSome() {
        Caller mine = Callers.direct();
        Caller theirs = Callers.direct();
        Customers.createId(mine, "Mine Ltd");
        Customers.createId(theirs, "Theirs Ltd");

        List<String> names = as(mine).get("/v1/customers").then().statusCode(200).extract().jsonPath()
                .getList("items.companyProfile.companyName");

        assertThat(names).containsExactly("Mine Ltd");
    }

    @Test
    void shouldFindCustomersWhenFilteringByCompanyNamePrefixInAnyCase() {
        Caller partner = Callers.direct();
        Customers.createId(partner, "Contoso East");
        Customers.createId(partner, "contoso West");
        Customers.createId(partner, "Fabrikam");

        List<String> names = as(partner)
                .queryParam("filter", "{\"Field\":\"CompanyName\",\"Value\":\"CONTOSO\",\"Operator\":\"starts_with\"}")
                .get("/v1/customers").then().statusCode(200).extract().jsonPath()
                .getList("items.companyProfile.companyName");

        assertThat(names).containsExactlyInAnyOrder("Contoso East", "contoso West");
    }

    @Test
    void shouldServeTheDefaultPageWhenTheSdkSendsSizeZeroWithAFilter() {
        Caller partner = Callers.direct();
        Rows.insertCustomers(partner.partnerTenantId(), 105, "Zero ");

        as(partner).queryParam("size", 0)
                .queryParam("filter", "{\"operator\":\"StartsWith\",\"fieldType\":\"String\","
                        + "\"field\":\"CompanyName\",\"value\":\"zero\"}")
                .get("/v1/customers").then().statusCode(200)
                .body("totalCount", equalTo(100))
                .body("links.next.uri", containsString("size=0&"));
    }

    @Test
    void shouldFindTheCustomerWhenFilteringByDomainPrefix() {
        Caller partner = Callers.direct();
        String domain = CustomerBodies.uniqueDomain();
        Customers.create(partner, CustomerBodies.customer().domain(domain));
        Customers.createId(partner);

        as(partner).queryParam("filter", "{\"Field\":\"Domain\",\"Value\":\"" + domain.substring(0, 8)
                        + "\",\"Operator\":\"starts_with\"}")
                .get("/v1/customers").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].companyProfile.domain", equalTo(domain));
    }

    @Test
    void shouldRefuseInTheErrorShapeWhenTheFilterIsNotValid() {
        Caller partner = Callers.direct();

        as(partner).queryParam("filter", "CompanyName eq 'x'").get("/v1/customers")
                .then().statusCode(400).body("data[0]", equalTo("filter"));
        as(partner).queryParam("filter", "{\"Field\":\"Email\",\"Value\":\"x\",\"Operator\":\"starts_with\"}")
                .get("/v1/customers").then().statusCode(400).body("code", equalTo(400));
        as(partner).queryParam("filter", "{\"Field\":\"IndirectReseller\",\"Value\":\"abc\",\"Operator\":\"starts_with\"}")
                .get("/v1/customers").then().statusCode(400).body("data[0]", equalTo("filter.Value"));
    }
}
