package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMERS;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTIONS;
import static org.partnercenter.events.customer.CustomerServiceEvents.USAGE;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNERS;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.support.BillingDatabase;
import org.partnercenter.billing.support.BillingServiceProcess;
import org.partnercenter.billing.support.BrokerEvents;
import org.partnercenter.billing.support.CloseRows;
import org.partnercenter.billing.support.CloseRows.InvoiceRow;
import org.partnercenter.billing.support.CloseRows.PartnerRows;
import org.partnercenter.billing.support.OperatorRequests;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * A close of every partner killed halfway (the billing-service process SIGKILLed, not a thread interrupted) and run
 * again. The packaged service runs as a JVM of its own against the test PostgreSQL and Kafka; the test stops the close
 * inside the third partner's transaction (in tenant-id order, as a close walks them) by holding that partner's close
 * lock, kills the process there, and checks that each partner is closed whole or untouched, that a restart fails the
 * killed operation as interrupted, and that the close run again issues the rest, each invoice exactly once.
 */
class CloseKilledHalfwayIT {

    private static final BillingPeriod PERIOD = BillingPeriod.current(Clock.systemUTC()).previous();
    private static final Path WORK = Path.of("target", "close-killed-halfway");
    private static final Path JAR = Path.of(System.getProperty("billing.jar", "target/quarkus-app/quarkus-run.jar"));
    /** One flat USD price per partner, nothing included: each line is its quantity times the price, exactly. */
    private static final String[] UNIT_PRICES = {"0.50", "1.25", "2.00", "3.10", "0.75"};
    /** Records per partner, and the lines they make (two records share a day and a resource). */
    private static final long RECORDS = 4;
    private static final long LINES = 3;

    /** One partner's world: its customer, subscription and meter of its own, and the usage published for it. */
    private record World(UUID partner, UUID customer, UUID subscription, String meterId, BigDecimal unitPrice,
            List<Map<String, Object>> records) {

        BigDecimal expectedSubTotal() {
            BigDecimal hours = records.stream().map(r -> (BigDecimal) r.get("quantity"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return hours.multiply(unitPrice).setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    private final OperatorRequests operator = new OperatorRequests(BillingCallers.operator());
    private final List<World> worlds = new ArrayList<>();
    private Map<String, String> config;
    private BillingDatabase db;
    private CloseRows rows;

    @BeforeEach
    void startPostgresAndKafka() throws Exception {
        PostgresAndKafka resource = new PostgresAndKafka();
        resource.init(Map.of("database", "billing_killed_halfway"));
        config = new LinkedHashMap<>(resource.start());
        // Closes on request only; an operation that stopped moving is failed within seconds, not minutes (10 s is
        // still far above one partner's close, so the re-run's own operation is never taken for a stale one).
        config.put("partner-center.billing.close.schedule", "off");
        config.put("partner-center.billing.operations.stale-after", "10s");
        config.put("partner-center.billing.operations.sweep-every", "1s");
        config.remove("mp.jwt.verify.publickey.location");
        db = new BillingDatabase(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
        rows = new CloseRows(db);
        Files.createDirectories(WORK);
        for (String run : List.of("first", "restarted")) {
            Files.deleteIfExists(log(run));
        }
    }

    @Test
    void shouldLeaveEachPartnerClosedOrUntouchedAndIssueTheRestOnceWhenTheProcessIsKilledHalfwayThenClosedAgain()
            throws Exception {
        // given billing-service as a process of its own, and five partners' usage of an ended month rated
        String killed;
        try (BillingServiceProcess billing = start("first")) {
            seedAndAwaitRated();

            // when a close of every partner stands inside the third partner's transaction, waiting for its lock,
            // after the first two committed, and the process is SIGKILLed there
            UUID third = worlds.get(2).partner();
            try (HeldPartnerLock held = HeldPartnerLock.hold(db, third)) {
                killed = operator.startClose(billing.baseUrl, PERIOD.id());
                within(30).until(() -> rows.closes() == 2 && HeldPartnerLock.awaited(db, third));
                assertThat(db.value("select status from operation where id = ?", UUID.fromString(killed)))
                        .as("the killed close's operation, before the kill").isEqualTo("running");
                assertThat(billing.kill()).as("the exit code of a JVM killed by SIGKILL").isEqualTo(137);
                assertThat(billing.isAlive()).isFalse();
            }
        }
        // The killed process's sessions end as PostgreSQL finds their sockets closed; the one that waited gets the
        // lock first, then finds its client gone and rolls back. Only then is what was committed all there is.
        within(30).until(() -> db.count("select count(*) from pg_stat_activity where datname = current_database() "
                + "and pid <> pg_backend_pid()") == 0);

        // then the first two partners are closed whole and the other three untouched: nothing is half-issued
        Map<UUID, InvoiceRow> issuedBeforeTheKill = new HashMap<>();
        for (World world : worlds.subList(0, 2)) {
            InvoiceRow invoice = assertClosedOnce(world, UUID.fromString(killed));
            issuedBeforeTheKill.put(world.partner(), invoice);
        }
        for (World world : worlds.subList(2, 5)) {
            assertThat(rows.of(world.partner())).as("partner %s, not reached before the kill", world.partner())
                    .isEqualTo(untouched());
        }
        assertThat(rows.issuedEvents()).isEqualTo(onceEach(issuedBeforeTheKill.values()));

        // when billing-service starts again on the same database
        try (BillingServiceProcess billing = start("restarted")) {
            // then the sweeper fails the killed close's operation as interrupted
            Map<String, Object> interrupted = within(30).until(() -> operator.operation(billing.baseUrl, killed),
                    operation -> !"running".equals(operation.get("status")));
            assertThat(interrupted).containsEntry("status", "failed");
            assertThat(interrupted.get("error")).asInstanceOf(MAP).containsEntry("code", "interrupted");

            // and the close run again succeeds
            String again = operator.startClose(billing.baseUrl, PERIOD.id());
            Map<String, Object> done = within(60).until(() -> operator.operation(billing.baseUrl, again),
                    operation -> !"running".equals(operation.get("status")));
            assertThat(done).containsEntry("status", "succeeded")
                    .containsEntry("resourceLocation", "/invoices?period=" + PERIOD.id());

            // and every partner has one invoice of its usage, the first two the very rows issued before the kill
            List<InvoiceRow> invoices = new ArrayList<>();
            for (World world : worlds) {
                InvoiceRow before = issuedBeforeTheKill.get(world.partner());
                InvoiceRow invoice = assertClosedOnce(world, before != null ? before.operationId()
                        : UUID.fromString(again));
                if (before != null) {
                    assertThat(invoice).as("partner %s's invoice, issued before the kill", world.partner())
                            .isEqualTo(before);
                }
                invoices.add(invoice);
            }
            assertThat(rows.issuedEvents()).as("invoice.issued events in the outbox")
                    .isEqualTo(onceEach(invoices));
        }
    }

    /** Closed once: one invoice (USD, the partner's only currency) of exactly its usage, each line and record on it. */
    private InvoiceRow assertClosedOnce(World world, UUID operationId) {
        PartnerRows after = rows.of(world.partner());
        assertThat(after.invoices()).as("partner %s's invoices", world.partner()).hasSize(1);
        InvoiceRow invoice = after.invoices().get(0);
        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.subTotal()).as("sub-total of %s", invoice.id()).isEqualByComparingTo(invoice.linesTotal())
                .isEqualByComparingTo(world.expectedSubTotal());
        assertThat((long) invoice.lineItemCount()).isEqualTo(LINES);
        assertThat(invoice.usageRecordCount()).isEqualTo(RECORDS);
        assertThat(invoice.operationId()).isEqualTo(operationId);
        assertThat(after.closes()).isEqualTo(1);
        assertThat(after.linesByInvoice()).isEqualTo(Map.of(invoice.id(), LINES));
        assertThat(after.recordsByInvoice()).isEqualTo(Map.of(invoice.id(), RECORDS));
        return invoice;
    }

    /**
     * Five partners, each with a customer, a subscription and a meter of its own (priced by a chunk of its own of one
     * price-list version in force from the month's start), published as their producers do and known to billing
     * before their usage comes; then the usage, rated.
     */
    private void seedAndAwaitRated() {
        Instant monthStart = PERIOD.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        // A close walks partners in PostgreSQL's uuid order, which is the text's (not java.util.UUID's, signed).
        IntStream.range(0, UNIT_PRICES.length).mapToObj(i -> world(i, monthStart))
                .sorted(Comparator.comparing(world -> world.partner().toString())).forEach(worlds::add);
        UUID priceList = UUID.randomUUID();
        try (BrokerEvents events = new BrokerEvents(config.get("kafka.bootstrap.servers"))) {
            for (int i = 0; i < worlds.size(); i++) {
                World world = worlds.get(i);
                events.send(PARTNERS, Publish.partnerIn(world.partner(), "US", "USD"));
                events.send(CUSTOMERS, Publish.customer(world.customer(), world.partner(), null));
                events.send(SUBSCRIPTIONS, world.customer().toString(), Publish.subscription(world.subscription(),
                        world.customer(), world.partner(), null));
                events.send(PRICES, "USD", Publish.priceChunk(priceList, monthStart, i, worlds.size(), List.of(
                        Publish.meter(world.meterId(), "Compute Hours", "0", new String[] {"0"},
                                new String[] {world.unitPrice().toPlainString()}))));
            }
            long each = worlds.size();
            Map<String, Long> known = Map.of("partner", each, "customer", each, "subscription", each,
                    "meter_price", each, "price_version where complete", 1L);
            within(30).until(() -> counts(known.keySet()), known::equals);
            for (World world : worlds) {
                events.send(USAGE, world.customer().toString(), Publish.usage(world.customer(), world.partner(), null,
                        world.records()));
            }
        }
        for (World world : worlds) {
            within(30).until(() -> rows.of(world.partner()), untouched()::equals);
            assertThat((BigDecimal) db.value("select sum(billing_pre_tax_total) from usage_line_item "
                    + "where partner_tenant_id = ?", world.partner())).isEqualByComparingTo(world.expectedSubTotal());
        }
    }

    /** A partner's rows with its usage rated and nothing of it closed: no invoice, every line and record unbilled. */
    private static PartnerRows untouched() {
        return new PartnerRows(List.of(), 0, Map.of(CloseRows.UNBILLED, LINES), Map.of(CloseRows.UNBILLED, RECORDS));
    }

    private Map<String, Long> counts(Collection<String> tables) {
        Map<String, Long> counts = new HashMap<>();
        tables.forEach(table -> counts.put(table, db.count("select count(*) from " + table)));
        return counts;
    }

    private static World world(int index, Instant monthStart) {
        UUID subscription = UUID.randomUUID();
        String meterId = UUID.randomUUID().toString();
        Instant day3 = monthStart.plus(Duration.ofDays(2));
        Instant day10 = monthStart.plus(Duration.ofDays(9));
        List<Map<String, Object>> records = List.of(
                Publish.record("r1", subscription, meterId, String.valueOf(index + 2), day3.plusSeconds(8 * 3600),
                        "/vm/a"),
                Publish.record("r2", subscription, meterId, "1", day3.plusSeconds(9 * 3600), "/vm/a"),
                Publish.record("r3", subscription, meterId, "4", day3.plusSeconds(8 * 3600), "/vm/b"),
                Publish.record("r4", subscription, meterId, String.valueOf(2 * (index + 1)),
                        day10.plusSeconds(8 * 3600), "/vm/a"));
        return new World(UUID.randomUUID(), UUID.randomUUID(), subscription, meterId,
                new BigDecimal(UNIT_PRICES[index]), records);
    }

    private BillingServiceProcess start(String run) throws Exception {
        return BillingServiceProcess.start(JAR, WORK, log(run), config);
    }

    private static Path log(String run) {
        return WORK.resolve("billing-service-" + run + ".log");
    }

    private static Map<String, Long> onceEach(Collection<InvoiceRow> invoices) {
        Map<String, Long> once = new HashMap<>();
        invoices.forEach(invoice -> once.put(invoice.id(), 1L));
        return once;
    }

    private static ConditionFactory within(int seconds) {
        return await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(100));
    }
}
