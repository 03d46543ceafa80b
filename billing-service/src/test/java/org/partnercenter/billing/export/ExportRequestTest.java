package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.lineitem.UsageLineItem;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

/** How an export is started, routed beside the invoice routes, replayed, and failed. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class ExportRequestTest {

    @Inject
    EntityManager em;

    @Test
    void shouldAnswerTheFirstOperationAndStartNothingMoreWhenTheSameRequestIdIsSentAgain() {
        // given a partner's invoice
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        String id = invoice(partner, YearMonth.of(2031, 2)).insert().id;
        String requestId = UUID.randomUUID().toString();

        // when its export is posted twice with one MS-RequestId
        String first = as(admin).header("MS-RequestId", requestId).contentType("application/json").body(Map.of())
                .post("/v1/invoices/" + id + "/exports").then().statusCode(202).extract().header("Location");
        String second = as(admin).header("MS-RequestId", requestId).contentType("application/json").body(Map.of())
                .post("/v1/invoices/" + id + "/exports").then().statusCode(202).extract().header("Location");

        // then both answer the one operation, and one export exists
        assertThat(second).isEqualTo(first);
        long exports = QuarkusTransaction.requiringNew().call(() -> ReconciliationExport.count("invoiceId", id));
        assertThat(exports).isEqualTo(1);
    }

    @Test
    void shouldRouteEachPathToItsResourceWhenExportsSitBesideTheInvoiceRoutes() {
        // given a partner's invoice
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        String id = invoice(partner, YearMonth.of(2031, 2)).insert().id;

        // then the invoice routes answer as before, and "unbilled" and "exports" are no invoice ids to the exports
        as(admin).get("/v1/invoices/" + id).then().statusCode(200).body("id", equalTo(id));
        as(admin).get("/v1/invoices/" + id + "/lineitems?provider=onetime&invoicelineitemtype=usagelineitems")
                .then().statusCode(200);
        as(admin).contentType("application/json").body(Map.of("currencyCode", "USD"))
                .post("/v1/invoices/unbilled/exports").then().statusCode(202);
        as(admin).get("/v1/invoices/exports/" + UUID.randomUUID()).then().statusCode(404)
                .body("description", containsString("No export"));
    }

    @Test
    void shouldFailTheOperationAndKeepNothingReadableWhenTheExportBreaksOffHalfway() {
        // given an invoice whose fifth line cannot be written (its period is not a month): the first part, three
        // lines, is stored before the export reaches it
        Buyer buyer = Buyer.direct();
        UUID partner = buyer.partner();
        String id = invoice(partner, YearMonth.of(2031, 2)).insert().id;
        for (int i = 0; i < 4; i++) {
            buyer.line().meter("m" + i).invoice(id).insert();
        }
        UsageLineItem broken = buyer.line().meter("broken").invoice(id).insert();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update usage_line_item set period = "
                + "'not a month' where id = ?1").setParameter(1, broken.id).executeUpdate());
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when it is exported
        Map<String, Object> done = ExportCalls.awaitEnd(admin, ExportCalls.start(admin, "/v1/invoices/" + id
                + "/exports", null));

        // then the operation failed saying so, the export answers 404, and none of its bytes or parts remain
        assertThat(done).containsEntry("status", "failed").doesNotContainKey("resourceLocation");
        assertThat(done.get("error")).asString().contains("export_failed");
        ReconciliationExport export = QuarkusTransaction.requiringNew().call(() -> ReconciliationExport
                .<ReconciliationExport>find("invoiceId", id).singleResult());
        assertThat(export.status).isEqualTo("failed");
        as(admin).get("/v1/invoices/exports/" + export.id).then().statusCode(404)
                .body("description", containsString("failed"));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select (select "
                + "count(*) from reconciliation_export_chunk where export_id = ?1) + (select count(*) from "
                + "reconciliation_export_part where export_id = ?1)").setParameter(1, export.id).getSingleResult())
                .longValue());
        assertThat(stored).isZero();
    }
}
