package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.partnercenter.e2e.support.Quantities.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.PeriodCloses;
import org.partnercenter.e2e.support.ReconciliationFiles;
import org.partnercenter.e2e.support.ReconciliationFiles.Export;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * After the close, a partner's billing admin takes what the month left: the invoice's reconciliation file and the
 * unbilled period's, downloaded and verified through the gateway; the statement; then the operator's payments and
 * the invoice's status. Nobody else's partner reaches any of it.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationIT {

    private static final String UNBILLED = "/v1/invoices/unbilled/lineitems?provider=onetime"
            + "&invoicelineitemtype=usagelineitems&currencycode=USD&period=";
    private static final String BASIC_HEADER = "partnerId,customerId,customerName,mpnId,tier2MpnId,invoiceNumber,"
            + "subscriptionId,usageDate,meterId,meterName,meterCategory,quantity,unitOfMeasure,unitPrice,"
            + "billingPreTaxTotal,billingCurrency,resourceUri";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final Instant usageStart = LastMonth.evening();
    private final UUID hours = UUID.randomUUID();
    private final UUID storage = UUID.randomUUID();
    private TestUser billingAdmin;
    private String invoiceId;

    ReconciliationIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    /**
     * Last month's evening: 3 hours at 1.00 USD and 4 GB at 0.50 USD (5.00 USD, two lines), closed; then 2 more hours
     * of that evening arrive, a late line of the current period.
     */
    @BeforeAll
    void closeAMonthAndLeaveALateLine() throws InterruptedException {
        TestPartner partner = stack.partners().direct();
        billingAdmin = stack.partners().addUser(partner, "billing", "billing_admin");
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Reconciled Customer"));
        String subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        LastMonth.publish(gateway, stack.operator(), LastMonth.prices()
                .meter(hours, "E2E Reconciled Hours", "Virtual Machines", "1 Hour", "0=1.00")
                .meter(storage, "E2E Reconciled Storage", "Storage", "1 GB", "0=0.50"));
        post(UsageBatch.batch()
                .record(customerId, subscriptionId, hours.toString(), "3", "1 Hour", usageStart.plusSeconds(10),
                        Duration.ofHours(1))
                .record(customerId, subscriptionId, storage.toString(), "4", "1 GB", usageStart.plusSeconds(20),
                        Duration.ofHours(1)));
        awaitUnbilled("previous", 2);
        new PeriodCloses(gateway, stack.operator()).close(LastMonth.month(), partner.tenantId());
        invoiceId = gateway.as(billingAdmin).get("/v1/invoices?period=" + LastMonth.month()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].totalCharges", quantity("5.00"))
                .extract().path("items[0].id");
        post(UsageBatch.batch().record(customerId, subscriptionId, hours.toString(), "2", "1 Hour",
                usageStart.plus(Duration.ofMinutes(30)), Duration.ofHours(1)));
        awaitUnbilled("current", 1);
    }

    @Test
    void shouldHoldExactlyThePagedLineItemsWhenTheBillingAdminDownloadsTheInvoicesFile() throws Exception {
        Export export = files().export("/v1/invoices/" + invoiceId + "/exports", Map.of());

        assertThat(export.manifest().getString("dataFormat")).isEqualTo("compressedJSONLines");
        assertThat(export.manifest().getInt("rowCount")).isEqualTo(2);
        assertThat(export.manifest().getInt("partCount")).isEqualTo(1);
        JsonNode paged = JSON.readTree(gateway.as(billingAdmin).get("/v1/invoices/" + invoiceId
                + "/lineitems/OneTime/UsageLineItems").then().statusCode(200).extract().asString()).get("items");
        List<JsonNode> rows = new ArrayList<>();
        for (String row : export.rows()) {
            rows.add(JSON.readTree(row));
        }
        assertThat(rows).containsExactlyElementsOf(paged);
    }

    @Test
    void shouldHoldTheUnbilledLinesWhenTheCurrentPeriodIsExportedAsBasicCsv() throws Exception {
        Export export = files().export("/v1/invoices/unbilled/exports", Map.of("billingPeriod", "current",
                "currencyCode", "USD", "attributeSet", "basic", "format", "csv"));

        assertThat(export.manifest().getString("dataFormat")).isEqualTo("compressedCSV");
        assertThat(export.header()).isEqualTo(BASIC_HEADER);
        List<Map<String, Object>> paged = gateway.as(billingAdmin).get(UNBILLED + "current").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(export.rows()).hasSize(paged.size());
        for (int i = 0; i < paged.size(); i++) {
            assertThat(export.rows().get(i)).startsWith(paged.get(i).get("partnerId") + ","
                    + paged.get(i).get("customerId") + ",").contains("," + paged.get(i).get("meterId") + ",");
        }
    }

    @Test
    void shouldServeThePdfStatementWhenTheBillingAdminAsksForIt() {
        Response statement = gateway.as(billingAdmin).accept("application/pdf")
                .get("/v1/invoices/" + invoiceId + "/documents/statement");

        statement.then().statusCode(200).contentType("application/pdf");
        byte[] pdf = statement.asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void shouldBePaidWhenTheOperatorRecordsPaymentsOfTheWholeBalance() {
        invoice().body("paymentStatus", equalTo("unpaid")).body("balanceAmount", quantity("5.00"));
        gateway.as(billingAdmin).body(payment("5.00", "partner-said")).post("/v1/payments").then().statusCode(403);

        gateway.as(stack.operator()).body(payment("2.00", "first")).post("/v1/payments").then().statusCode(201);
        invoice().body("paymentStatus", equalTo("partially_paid")).body("paidAmount", quantity("2.00"))
                .body("balanceAmount", quantity("3.00"));
        gateway.as(stack.operator()).body(payment("3.00", "rest")).post("/v1/payments").then().statusCode(201);

        invoice().body("paymentStatus", equalTo("paid")).body("paidAmount", quantity("5.00"))
                .body("balanceAmount", quantity("0"));
        gateway.as(billingAdmin).get("/v1/payments?invoiceId=" + invoiceId).then().statusCode(200)
                .body("items", hasSize(2)).body("items.reference", equalTo(List.of("first", "rest")));
        gateway.as(billingAdmin).get("/v1/invoices/summary").then().statusCode(200)
                .body("currencyCode", equalTo("USD")).body("balanceAmount", quantity("0"))
                .body("lastPaymentAmount", quantity("3.00"));
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerAsksForTheInvoicesFilesStatementOrPayments() throws Exception {
        Export export = files().export("/v1/invoices/" + invoiceId + "/exports", Map.of("format", "csv"));
        TestUser stranger = stack.partners().direct().admin();

        gateway.as(stranger).body(Map.of()).post("/v1/invoices/" + invoiceId + "/exports").then().statusCode(404);
        gateway.as(stranger).get(export.manifestPath()).then().statusCode(404);
        String part = "/v1" + export.manifest().getString("parts[0].downloadLink");
        gateway.as(stranger).accept("application/gzip").get(part).then().statusCode(404);
        gateway.as(stranger).accept("application/pdf").get("/v1/invoices/" + invoiceId + "/documents/statement")
                .then().statusCode(404);
        Response payments = gateway.as(stranger).get("/v1/payments?invoiceId=" + invoiceId);
        assertThat(payments.statusCode()).isIn(200, 404);
        if (payments.statusCode() == 200) {
            assertThat(payments.jsonPath().getList("items")).isEmpty();
        }
    }

    private ReconciliationFiles files() {
        return new ReconciliationFiles(gateway, billingAdmin);
    }

    private io.restassured.response.ValidatableResponse invoice() {
        return gateway.as(billingAdmin).get("/v1/invoices/" + invoiceId).then().statusCode(200);
    }

    private Map<String, Object> payment(String amount, String reference) {
        return Map.of("invoiceId", invoiceId, "amount", new BigDecimal(amount), "currencyCode", "USD",
                "reference", reference);
    }

    private void post(UsageBatch batch) {
        gateway.as(stack.operator()).body(batch.build()).post("/v1/usagerecords/batches").then().statusCode(200);
    }

    private void awaitUnbilled(String period, int lines) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                .as(billingAdmin).get(UNBILLED + period).then().statusCode(200).extract()
                .<Integer>path("totalCount") >= lines);
    }
}
