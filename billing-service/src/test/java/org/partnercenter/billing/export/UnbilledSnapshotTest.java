package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.UsageLineItem;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * The unbilled export while rating keeps writing lines. One writer commits lines one after another, so the lines
 * committed at any instant are a prefix of them in id order: an export that is one snapshot holds exactly such a
 * prefix, each line once, in order, however many lines were committed while it was written.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UnbilledSnapshotTest {

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void midMarch2031() {
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldHoldTheLinesOfOneInstantEachOnceWhenUsageKeepsArrivingDuringTheExport() throws Exception {
        // given a partner with 150 unbilled lines, and rating writing more of them, one at a time, meanwhile
        Buyer buyer = Buyer.direct();
        UUID partner = buyer.partner();
        AtomicInteger written = new AtomicInteger();
        for (int i = 0; i < 150; i++) {
            buyer.line().meter("m" + written.incrementAndGet()).insert();
        }
        AtomicBoolean rating = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (rating.get()) {
                buyer.line().meter("m" + written.incrementAndGet()).insert();
            }
        });
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when it exports its unbilled dollars of the current period (50 parts of 3 lines, at least) meanwhile
        int before = written.get();
        JsonPath manifest = ExportCalls.export(admin, "/v1/invoices/unbilled/exports", Map.of("currencyCode", "USD"));
        int after = written.get();
        rating.set(false);
        writer.get();

        // then its rows are the first lines in id order, each once, among them every line written before it began
        List<String> exported = new ArrayList<>();
        for (ExportCalls.Part part : ExportCalls.parts(admin, manifest)) {
            for (String row : part.text().split("\n")) {
                exported.add(ExportCalls.json(row).get("meterId").asText());
            }
        }
        List<String> all = metersInIdOrder(partner);
        assertThat(exported).as("a prefix of the lines in id order").isEqualTo(all.subList(0, exported.size()));
        assertThat(exported.size()).as("every line written before the export began").isGreaterThanOrEqualTo(before);
        assertThat(manifest.getLong("rowCount")).isEqualTo(exported.size());
        // and lines kept coming while it ran (else this test proves nothing)
        assertThat(after).as("lines written by the time the export ended").isGreaterThan(before);
    }

    private static List<String> metersInIdOrder(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> UsageLineItem.<UsageLineItem>list(
                "partnerTenantId = ?1 order by id", partner).stream().map(line -> line.meterId).toList());
    }
}
