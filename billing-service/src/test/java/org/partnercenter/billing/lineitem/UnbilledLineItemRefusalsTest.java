package org.partnercenter.billing.lineitem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.lineitem.UnbilledLineItemsTest.PATH;
import static org.partnercenter.billing.lineitem.UnbilledLineItemsTest.USAGE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UnbilledLineItemRefusalsTest {

    private final Caller admin = caller(UUID.randomUUID(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "provider=azure&invoicelineitemtype=usagelineitems&currencycode=USD&period=current|provider|'provider' must be onetime",
        "invoicelineitemtype=usagelineitems&currencycode=USD&period=current|provider|got nothing",
        "provider=onetime&invoicelineitemtype=usage&currencycode=USD&period=current|invoicelineitemtype|'invoicelineitemtype' must be usagelineitems or billinglineitems",
        "provider=onetime&invoicelineitemtype=usagelineitems&period=current|currencycode|'currencycode' must be an ISO 4217",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=DOLLAR&period=current|currencycode|got 'DOLLAR'",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=ZZZ&period=current|currencycode|got 'ZZZ'",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=USD&period=last|period|'period' must be current or previous",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=USD|period|got nothing",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=USD&period=current&size=lots|size|'size' must be a whole number"
    })
    void shouldAnswer400NamingTheParameterWhenOneIsWrong(String query, String parameter, String words) {
        as(admin).get(PATH + "?" + query).then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", contains(parameter))
                .body("description", containsString(words))
                .body("source", equalTo("billing-service"));
    }

    @Test
    void shouldNameEveryBadParameterWhenSeveralAreWrong() {
        as(admin).get(PATH + "?provider=office&currencycode=x").then().statusCode(400)
                .body("data", contains("provider", "invoicelineitemtype", "currencycode", "period"));
    }

    @Test
    void shouldRefuseABadContinuationTokenWhenOneIsSent() {
        as(admin).header("MS-ContinuationToken", "not-a-token").get(USAGE + "&currencycode=USD")
                .then().statusCode(400).body("data", contains("MS-ContinuationToken"));
    }

    @Test
    void shouldAnswer400NamingPartnerTenantIdWhenTheOperatorNamesNoPartner() {
        as(BillingCallers.operator()).get(USAGE + "&currencycode=USD").then().statusCode(400)
                .body("data", contains("partnerTenantId"))
                .body("description", containsString("the operator names the partner"));
        as(BillingCallers.operator()).get(USAGE + "&currencycode=USD&partnerTenantId=nobody").then().statusCode(400)
                .body("data", contains("partnerTenantId"));
    }

    @Test
    void shouldRefuseAnIndirectResellerWhenItAsksForItsUnbilledUsage() {
        // whatever its role and parameters: resellers use their provider's invoices
        as(caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN)).get(PATH).then()
                .statusCode(403).body("code", equalTo(403))
                .body("description", startsWith("Indirect resellers do not have invoices and reconciliation here"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.SALES_AGENT, Roles.HELPDESK_AGENT, Roles.USER_ADMIN})
    void shouldRefuseWithTheRoleCodeBeforeReadingParametersWhenTheRoleHasNoInvoiceRights(String role) {
        as(caller(UUID.randomUUID(), PartnerType.DIRECT, role)).get(PATH + "?size=lots").then()
                .statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldRefuseTheOperatorsSupportWhenItAsks() {
        as(caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT)).get(USAGE + "&currencycode=USD")
                .then().statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldAnswer401WhenNoTokenIsSent() {
        io.restassured.RestAssured.given().get(USAGE + "&currencycode=USD").then().statusCode(401);
    }
}
