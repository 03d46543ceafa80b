package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.operation.Operation;
import org.partnercenter.billing.operation.OperationKind;
import org.partnercenter.billing.operation.Operations;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class ExportExpiryTest {

    @Inject
    AdjustableClock clock;
    @Inject
    ExportSweeper sweeper;
    @Inject
    EntityManager em;
    @Inject
    ExportStore store;
    @Inject
    Operations operations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAnswer404SayingItExpiredAndDeleteItsBytesWhenSevenDaysHavePassed() {
        // given an export of an invoice of four lines (two parts), downloadable
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
        Buyer buyer = Buyer.direct();
        UUID partner = buyer.partner();
        String id = invoice(partner, YearMonth.of(2031, 2)).insert().id;
        for (int i = 0; i < 4; i++) {
            buyer.line().meter("m" + i).invoice(id).insert();
        }
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        JsonPath manifest = ExportCalls.export(admin, "/v1/invoices/" + id + "/exports", Map.of());
        String exportId = manifest.getString("id");
        String part = "/v1" + manifest.getString("parts[0].downloadLink");
        as(admin).accept("*/*").get(part).then().statusCode(200);

        // when seven days pass, and the sweep runs
        clock.advance(Duration.ofDays(7));
        sweeper.sweep();

        // then the manifest and its parts answer 404 saying when it expired and how to get a new one
        String expiredAt = manifest.getString("expirationDateTime");
        for (String path : new String[] {"/v1/invoices/exports/" + exportId, part}) {
            as(admin).get(path).then().statusCode(404).body("description", allOf(
                    containsString("expired at " + Instant.parse(expiredAt)),
                    containsString("POST /v1/invoices/" + id + "/exports")));
        }
        // and its bytes are gone, its row kept
        assertThat(chunks(UUID.fromString(exportId))).isZero();
    }

    @Test
    void shouldStillAnswerTheManifestWhenItIsJustShortOfExpiring() {
        // given an unbilled export with nothing in it
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
        Caller admin = caller(BillingRows.partner(PartnerType.DIRECT, "P", "1", null), PartnerType.DIRECT,
                Roles.GLOBAL_ADMIN);
        String exportId = ExportCalls.export(admin, "/v1/invoices/unbilled/exports", null).getString("id");

        // when a second short of seven days passes
        clock.advance(Duration.ofDays(7).minusSeconds(1));

        // then it still answers
        as(admin).get("/v1/invoices/exports/" + exportId).then().statusCode(200);
    }

    @Test
    void shouldGiveUpAnExportAndDeleteItsBytesWhenItsWritingStoppedWithItsProcess() {
        // given an export being written, one chunk stored, whose operation was failed as interrupted (its process
        // was stopped)
        Caller admin = caller(Buyer.direct().partner(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        Operation operation = operations.start(OperationKind.RECONCILIATION_EXPORT, admin, Map.of());
        ReconciliationExport export = new ReconciliationExport();
        export.id = UUID.randomUUID();
        export.operationId = operation.id;
        export.ownerTenantId = admin.partnerTenantId();
        export.partnerTenantId = admin.partnerTenantId();
        export.currencyCode = "USD";
        export.attributeSet = "full";
        export.dataFormat = "jsonl";
        export.status = ReconciliationExport.WRITING;
        export.createdAt = Instant.now();
        export.expiresAt = export.createdAt.plus(Duration.ofDays(7));
        store.begin(export);
        store.writeChunk(export.id, 1, 1, new byte[] {1, 2, 3}, 3);
        operations.fail(operation.id, "interrupted", "stopped");

        // when the sweep runs
        sweeper.sweep();

        // then the export is failed, its bytes gone, and a writer still running could store nothing more
        ReconciliationExport swept = QuarkusTransaction.requiringNew().call(() -> em.find(ReconciliationExport.class,
                export.id));
        assertThat(swept.status).isEqualTo(ReconciliationExport.FAILED);
        assertThat(swept.purgedAt).isNotNull();
        assertThat(chunks(export.id)).isZero();
        assertThatThrownBy(() -> store.writeChunk(export.id, 1, 2, new byte[] {4}, 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.ready(export.id, 0)).isInstanceOf(IllegalStateException.class);
    }

    private long chunks(UUID exportId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "reconciliation_export_chunk where export_id = ?1").setParameter(1, exportId).getSingleResult())
                .longValue());
    }
}
