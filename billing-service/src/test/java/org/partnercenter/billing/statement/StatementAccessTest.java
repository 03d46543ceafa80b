package org.partnercenter.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.statement.StatementTest.path;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

/** Who may read a statement: the callers of invoice reads; refusals in the JSON error shape, never a PDF. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class StatementAccessTest {

    private UUID partner;
    private String id;

    @BeforeEach
    void anInvoiceWithoutLines() {
        partner = BillingRows.partner(PartnerType.DIRECT, "Statement Partner", "5000001", null);
        id = invoice(partner, YearMonth.of(2031, 3)).insert().id;
    }

    @Test
    void shouldServeTheLinkTheInvoiceGivesFromTheStatementsOwnResourceWhenInvoiceRoutesShareItsPrefix() {
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // the invoice (InvoiceResource, /v1/invoices) links its statement (StatementResource, its own class)
        String link = as(admin).get("/v1/invoices/" + id).then().statusCode(200).extract().path("pdfDownloadLink");
        byte[] pdf = as(admin).get("/v1" + link).then().statusCode(200).contentType(StatementResource.PDF)
                .extract().asByteArray();

        assertThat(link).isEqualTo("/invoices/" + id + "/documents/statement");
        assertThat(StatementText.of(pdf).text()).contains("Invoice number " + id,
                "No usage was billed on this invoice.");
        // and the invoice's other routes still answer beside it
        as(admin).get("/v1/invoices/" + id + "/lineitems/OneTime/UsageLineItems").then().statusCode(200);
    }

    @Test
    void shouldLetTheOperatorReadAnyPartnersStatementWhenItAsks() {
        byte[] pdf = as(BillingCallers.operator()).get(path(id)).then().statusCode(200).extract().asByteArray();

        assertThat(StatementText.of(pdf).text()).contains("Statement Partner", "Invoice number " + id);
    }

    @Test
    void shouldAnswer404InTheErrorShapeWhenTheInvoiceIsAnotherPartnersOrUnknown() {
        Caller other = caller(BillingRows.partner(PartnerType.DIRECT, "Other", "5000002", null), PartnerType.DIRECT,
                Roles.GLOBAL_ADMIN);

        for (String invoiceId : List.of(id, "G999999999", "not-an-invoice")) {
            as(other).accept(StatementResource.PDF).get(path(invoiceId)).then().statusCode(404)
                    .contentType("application/json")
                    .body("code", equalTo(404))
                    .body("source", equalTo("billing-service"))
                    .body("description", startsWith("No invoice '"));
        }
    }

    @Test
    void shouldRefuseAnIndirectResellerWithThePartnerTypeMessageWhateverItsRole() {
        Caller reseller = caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);

        as(reseller).get(path(id)).then().statusCode(403).contentType("application/json")
                .body("description", startsWith("Indirect resellers do not have invoices and reconciliation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.SALES_AGENT, Roles.HELPDESK_AGENT, Roles.USER_ADMIN, Roles.OPERATOR_SUPPORT})
    void shouldRefuseWithTheRoleCodeWhenTheRoleHasNoInvoiceRights(String role) {
        PartnerType type = role.startsWith("operator") ? PartnerType.OPERATOR : PartnerType.DIRECT;

        as(caller(partner, type, role)).get(path(id)).then().statusCode(403).body("code", equalTo(900150));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "..%2F..%2Fetc", "G%20000000001", "%E2%80%AE",
        "G9000000000000000000000000000000000000000000000000000000000000"})
    void shouldAnswer400Or404NeverAServerErrorWhenTheIdIsHostile(String hostile) {
        var answer = as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).urlEncodingEnabled(false)
                .get("/v1/invoices/" + hostile + "/documents/statement");

        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.jsonPath().getInt("code")).isIn(400, 404);
    }
}
