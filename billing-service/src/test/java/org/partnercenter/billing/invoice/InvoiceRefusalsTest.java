package org.partnercenter.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.invoice.InvoicesTest.PATH;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class InvoiceRefusalsTest {

    private UUID partner;
    private Caller admin;
    private String id;

    @BeforeEach
    void anInvoiceInEuros() {
        partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        id = invoice(partner, YearMonth.of(2031, 3)).currency("EUR").insert().id;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "?period=2031-13|period|'period' must be a billing period, yyyy-MM",
        "?period=november|period|got 'november'",
        "?period=2031-1|period|got '2031-1'",
        "?filter=%7B%22Field%22%3A%22InvoiceDate%22%7D|filter|'filter' is not supported",
        "?offset=100|offset|'offset' is not supported",
        "?size=lots|size|'size' must be a whole number",
        "?size=-1|size|'size' must be 0 or more"
    })
    void shouldAnswer400NamingTheParameterWhenTheListIsAskedWrongly(String query, String parameter, String words) {
        as(admin).get(PATH + query).then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", contains(parameter))
                .body("description", containsString(words))
                .body("source", equalTo("billing-service"));
    }

    @Test
    void shouldAnswer400NamingPartnerTenantIdWhenTheOperatorNamesNoPartnerGuid() {
        as(BillingCallers.operator()).get(PATH + "?partnerTenantId=nobody&period=2031-3").then().statusCode(400)
                .body("data", contains("period", "partnerTenantId"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/lineitems?provider=azure&invoicelineitemtype=usagelineitems|provider|'provider' must be onetime",
        "/lineitems?provider=office&invoicelineitemtype=billinglineitems|provider|got 'office'",
        "/lineitems?invoicelineitemtype=usagelineitems|provider|got nothing",
        "/lineitems?provider=onetime&invoicelineitemtype=usage|invoicelineitemtype|must be usagelineitems or",
        "/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=USD|currencycode|"
                + "must be the invoice's currency, EUR, got 'USD'",
        "/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&size=lots|size|'size' must be a whole",
        "/lineitems/Azure/UsageLineItems|provider|got 'Azure'",
        "/lineitems/OneTime/Usage|invoicelineitemtype|got 'Usage'",
        "/lineitems/OneTime/UsageLineItems?currencycode=DOLLAR|currencycode|got 'DOLLAR'"
    })
    void shouldAnswer400NamingTheParameterWhenLineItemsAreAskedWrongly(String query, String parameter,
            String words) {
        as(admin).get(PATH + "/" + id + query).then().statusCode(400)
                .body("data", contains(parameter))
                .body("description", containsString(words));
    }

    @Test
    void shouldRefuseABadContinuationTokenWhenOneIsSent() {
        as(admin).header("MS-ContinuationToken", "not-a-token").get(PATH).then().statusCode(400)
                .body("data", contains("MS-ContinuationToken"));
        as(admin).header("MS-ContinuationToken", "not-a-token").get(PATH + "/" + id + "/lineitems/OneTime/"
                + "UsageLineItems").then().statusCode(400).body("data", contains("MS-ContinuationToken"));
    }

    @Test
    void shouldRefuseAnIndirectResellerOnEveryRouteWhateverItsRole() {
        Caller reseller = caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);
        for (String route : routes()) {
            as(reseller).get(route).then().statusCode(403).body("code", equalTo(403))
                    .body("description", startsWith("Indirect resellers do not have invoices and reconciliation"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.SALES_AGENT, Roles.HELPDESK_AGENT, Roles.USER_ADMIN})
    void shouldRefuseWithTheRoleCodeBeforeReadingParametersWhenTheRoleHasNoInvoiceRights(String role) {
        Caller agent = caller(partner, PartnerType.DIRECT, role);
        for (String route : routes()) {
            as(agent).get(route + (route.contains("?") ? "&" : "?") + "size=lots").then().statusCode(403)
                    .body("code", equalTo(900150));
        }
    }

    @Test
    void shouldRefuseTheOperatorsSupportWhenItAsks() {
        Caller support = caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT);
        for (String route : routes()) {
            as(support).get(route).then().statusCode(403).body("code", equalTo(900150));
        }
    }

    @Test
    void shouldAnswer401WhenNoTokenIsSent() {
        io.restassured.RestAssured.given().get(PATH).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "G000000001%00", "..%2F..%2Fetc", "%2e%2e", "G%20000000001", "%E2%80%AE",
        "G000000001/lineitems/OneTime/UsageLineItems/more", "unbilled"})
    void shouldAnswer400Or404NeverAServerErrorWhenTheIdIsHostile(String hostile) {
        Response answer = as(admin).urlEncodingEnabled(false).get(PATH + "/" + hostile);
        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.jsonPath().getInt("code")).isIn(400, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider=%00", "provider=onetime&invoicelineitemtype=%00%00",
        "provider=onetime&invoicelineitemtype=usagelineitems&currencycode=%00"})
    void shouldAnswer400NeverAServerErrorWhenAParameterIsHostile(String query) {
        as(admin).urlEncodingEnabled(false).get(PATH + "/" + id + "/lineitems?" + query).then().statusCode(400);
        as(admin).urlEncodingEnabled(false).get(PATH + "?period=%00&" + query.replace("provider", "partnerTenantId"))
                .then().statusCode(400);
    }

    @Test
    void shouldAnswer400Or404WhenAParameterIsHuge() {
        String huge = "x".repeat(2000);
        as(admin).get(PATH + "?period=" + huge).then().statusCode(400)
                .body("description", containsString("(2000 characters)"));
        as(admin).get(PATH + "/" + id + "/lineitems/" + huge + "/UsageLineItems").then().statusCode(400)
                .body("data", contains("provider"));
    }

    private List<String> routes() {
        return List.of(PATH, PATH + "?period=2031-03", PATH + "/" + id, PATH + "/" + id
                + "/lineitems?provider=onetime&invoicelineitemtype=usagelineitems", PATH + "/" + id
                + "/lineitems/OneTime/UsageLineItems");
    }
}
