package org.partnercenter.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UnratedUsageTest {

    private static final String PATH = "/v1/usagerecords/unrated";
    private static final Instant START = Instant.parse("2031-03-05T10:00:00Z");
    private static final Instant HELD = Instant.parse("2031-03-05T10:00:07Z");

    @Inject
    MeterRegistry registry;

    @Test
    void shouldListEachHeldRecordWithItsReasonWhenTheOperatorReadsOnePartners() {
        // given a partner's held record, and one of its records that is rated
        UUID partner = UUID.randomUUID();
        UsageRecord held = record(partner, "held-1", HeldReason.PRICE_UNKNOWN);
        record(partner, "rated-1", null);

        // when the operator lists that partner's unrated usage
        JsonPath page = as(BillingCallers.operator()).get(PATH + "?partnerTenantId=" + partner).then()
                .statusCode(200).body("totalCount", equalTo(1)).body("attributes.objectType", equalTo("Collection"))
                .extract().jsonPath();

        // then the held record answers, every field, with what it waits for
        Map<String, Object> item = page.getMap("items[0]");
        assertThat(item).containsExactlyEntriesOf(expected(held));
    }

    @Test
    void shouldListOnlyThatReasonWhenTheOperatorFiltersByIt() {
        // given a partner with records held for two reasons
        UUID partner = UUID.randomUUID();
        record(partner, "no-price", HeldReason.PRICE_UNKNOWN);
        record(partner, "no-rate", HeldReason.EXCHANGE_RATE_UNKNOWN);

        // when filtered by reason (any case), then only that reason's record answers
        as(BillingCallers.operator()).get(PATH + "?partnerTenantId=" + partner + "&reason=ExchangeRateUnknown")
                .then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].id", equalTo("no-rate"))
                .body("items[0].reason", equalTo("exchange_rate_unknown"));
    }

    @Test
    void shouldPageThroughEveryHeldRecordOnceWhenTheContinuationTokenIsSent() {
        UUID partner = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            record(partner, "r-" + i, HeldReason.CUSTOMER_UNKNOWN);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var request = as(BillingCallers.operator());
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(PATH + "?size=2&partnerTenantId=" + partner).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            token = page.getString("links.next.headers[0].value");
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrder("r-0", "r-1", "r-2", "r-3", "r-4");
    }

    @Test
    void shouldAnswer400NamingTheParameterWhenAFilterIsWrong() {
        as(BillingCallers.operator()).get(PATH + "?reason=bored").then().statusCode(400)
                .body("data", contains("reason"));
        as(BillingCallers.operator()).get(PATH + "?partnerTenantId=someone").then().statusCode(400)
                .body("data", contains("partnerTenantId"));
    }

    @Test
    void shouldRefuseEveryoneButTheOperatorsAdminWhenTheyAsk() {
        for (var caller : List.of(caller(UUID.randomUUID(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN),
                caller(UUID.randomUUID(), PartnerType.INDIRECT_PROVIDER, Roles.BILLING_ADMIN),
                caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT))) {
            as(caller).get(PATH + "?reason=bored").then().statusCode(403).body("code", equalTo(900150));
        }
    }

    @Test
    void shouldCountHeldRecordsByReasonWhenTheGaugeIsRead() {
        // given the gauge's figure now
        double before = held("subscription_unknown");

        // when two records are held for a subscription billing does not know, and one is rated
        UUID partner = UUID.randomUUID();
        record(partner, "s-1", HeldReason.SUBSCRIPTION_UNKNOWN);
        record(partner, "s-2", HeldReason.SUBSCRIPTION_UNKNOWN);
        record(partner, "s-3", null);

        // then the gauge counts two more (it is counted again at most once a second)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(held("subscription_unknown")).isEqualTo(before + 2));
    }

    private double held(String reason) {
        return registry.get("billing.usage.records.held").tag("reason", reason).gauge().value();
    }

    private static Map<String, Object> expected(UsageRecord record) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", record.key.recordId());
        expected.put("customerId", record.key.customerId().toString());
        expected.put("partnerTenantId", record.partnerTenantId.toString());
        expected.put("subscriptionId", record.subscriptionId.toString());
        expected.put("meterId", record.meterId);
        expected.put("quantity", 1.5f);
        expected.put("unit", "1 Hour");
        expected.put("usageStartTime", "2031-03-05T10:00:00Z");
        expected.put("usageEndTime", "2031-03-05T11:00:00Z");
        expected.put("reason", "price_unknown");
        expected.put("reasonDescription", HeldReason.PRICE_UNKNOWN.description());
        expected.put("heldSince", "2031-03-05T10:00:07Z");
        expected.put("attributes", Map.of("objectType", "UnratedUsageRecord"));
        return expected;
    }

    private static UsageRecord record(UUID partner, String recordId, HeldReason reason) {
        UsageRecord record = new UsageRecord();
        record.key = new UsageRecord.Key(UUID.randomUUID(), recordId);
        record.partnerTenantId = partner;
        record.subscriptionId = UUID.randomUUID();
        record.meterId = "meter-" + recordId;
        record.quantity = new BigDecimal("1.5");
        record.unit = "1 Hour";
        record.usageStart = START;
        record.usageEnd = START.plusSeconds(3600);
        record.usageDate = LocalDate.of(2031, 3, 5);
        record.period = "2031-03";
        record.heldReason = reason == null ? null : reason.name();
        record.heldSince = reason == null ? null : HELD;
        record.receivedAt = HELD;
        QuarkusTransaction.requiringNew().run(record::persist);
        return record;
    }
}
