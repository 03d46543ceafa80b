package org.partnercenter.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An ended month as billing holds it once rating is done, written straight into billing's database (the close is
 * measured, not rating): partners (1 in 3 invoiced in EUR, the rest in USD), one customer with one Azure
 * subscription each, and {@code records} hourly usage records with the rating benchmark's shape
 * ({@link RatingBenchData}: every subscription uses 6 meters, one resource each, and reports each hour in time
 * order from the month's first hour; 1 record in 100 comes a day late). Their line items are what rating would have
 * written: one per subscription, meter, resource and day, its quantity the sum of its records, so that the close's
 * invariants hold. {@code recordFillfactor} below 100 tries a fill factor on {@code usage_record} that billing's schema
 * does not have (-Dbench.recordFillfactor=50).
 */
record CloseBenchData(int partners, int customers, int records, int meters, int recordFillfactor,
        BillingPeriodOf period) {

    /** The month to close: the one before the current month in UTC. */
    record BillingPeriodOf(String id, Instant firstHour) {

        static BillingPeriodOf before(Instant now) {
            var month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).minusMonths(1);
            return new BillingPeriodOf(month.toString().substring(0, 7),
                    month.atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        /** The month before this one. */
        String previousId() {
            return firstHour.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(1).toString().substring(0, 7);
        }
    }

    static final String EUR_RATE = "0.92";

    void seed(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (recordFillfactor < 100) {
                // An experiment, not billing's schema: room on each page for a HOT update of its records.
                sql.execute("alter table usage_record set (fillfactor = " + recordFillfactor + ")");
            }
            sql.execute("insert into partner (tenant_id, name, partner_type, mpn_id, country, currency, state, "
                    + "updated_at) select md5('close-partner-' || p)::uuid, 'Bench ' || p, 'DIRECT', "
                    + "(4000000 + p)::text, case when p % 3 = 2 then 'DE' else 'US' end, "
                    + "case when p % 3 = 2 then 'EUR' else 'USD' end, 'ACTIVE', now() "
                    + "from generate_series(0, " + (partners - 1) + ") p");
            sql.execute("create temporary table bench_subscription as select c as idx, "
                    + "md5('close-customer-' || c)::uuid as customer_id, md5('close-subscription-' || c)::uuid as id, "
                    + "md5('close-partner-' || (c % " + partners + "))::uuid as partner_tenant_id, "
                    + "(c * 7) % " + meters + " as first_meter from generate_series(0, " + (customers - 1) + ") c");
            sql.execute("create temporary table bench_meter as select k as idx, "
                    + "md5('close-meter-' || k)::uuid::text as meter_id, 'Bench meter ' || k as name, "
                    + "(0.01 + k * 0.013)::numeric as price from generate_series(0, " + (meters - 1) + ") k");
            sql.execute("insert into customer (id, partner_tenant_id, company_name, domain, country, changed_at, "
                    + "updated_at) select customer_id, partner_tenant_id, 'Bench ' || idx, "
                    + "'bench' || idx || '.onmicrosoft.com', 'US', now(), now() from bench_subscription");
            sql.execute("insert into subscription (id, customer_id, partner_tenant_id, order_id, offer_id, "
                    + "description, quantity, status, billing_cycle, changed_at, updated_at, offer_name) "
                    + "select id, customer_id, partner_tenant_id, gen_random_uuid(), 'DZH318Z0BCZC', 'Azure plan', 1, "
                    + "'active', 'monthly', now(), now(), 'Azure plan' from bench_subscription");
        }
        insertRecords(connection);
        insertLines(connection);
    }

    private void insertRecords(Connection connection) throws SQLException {
        int slots = customers * RatingBenchData.METERS_PER_SUBSCRIPTION;
        // As RatingBenchData.Stream: record n is slot n % slots (a subscription's meter) at hour n / slots, the
        // subscription's 6 meters 5 apart from its first; record n % 100 = 37 comes a day late (its start a day back).
        String insert = "insert into usage_record (customer_id, record_id, partner_tenant_id, subscription_id, "
                + "meter_id, quantity, unit, usage_start, usage_end, usage_date, period, region, resource_uri, tags, "
                + "received_at) select s.customer_id, 'close-' || g.n, s.partner_tenant_id, s.id, m.meter_id, "
                + "round((1 + (g.n * 7919) % 4000) / 1000.0, 3), '1 Hour', t.start, t.start + interval '1 hour', "
                + "(t.start at time zone 'UTC')::date, ?, 'westeurope', "
                + "'/subscriptions/' || s.id || '/resourceGroups/bench/providers/vm/' || m.meter_id, "
                + "'{\"env\": \"bench\"}'::jsonb, now() "
                + "from (select n, n % " + slots + " as slot, n / " + slots + " as hour "
                + "from generate_series(0::bigint, " + (records - 1) + ") n) g "
                + "join bench_subscription s on s.idx = g.slot / " + RatingBenchData.METERS_PER_SUBSCRIPTION + " "
                + "join bench_meter m on m.idx = (s.first_meter + 5 * (g.slot % "
                + RatingBenchData.METERS_PER_SUBSCRIPTION + ")) % " + meters + " "
                + "cross join lateral (select ?::timestamptz + make_interval(hours => (case when g.n % 100 = 37 "
                + "and g.hour >= 24 then g.hour - 24 else g.hour end)::int) as start) t";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, period.id());
            statement.setTimestamp(2, Timestamp.from(period.firstHour()));
            statement.executeUpdate();
        }
    }

    /** The daily line items rating writes: USD prices, converted and rounded to cents for EUR partners. */
    private void insertLines(Connection connection) throws SQLException {
        String insert = "insert into usage_line_item (partner_tenant_id, customer_id, subscription_id, meter_id, "
                + "resource_uri, usage_date, period, meter_name, meter_category, meter_subcategory, meter_region, "
                + "unit_of_measure, resource_location, tags, quantity, unit_price, effective_unit_price, "
                + "pricing_pre_tax_total, pricing_currency, billing_pre_tax_total, billing_currency, exchange_rate, "
                + "exchange_rate_date, price_version_id, rated_at) "
                + "select r.partner_tenant_id, r.customer_id, r.subscription_id, r.meter_id, "
                + "coalesce(r.resource_uri, ''), r.usage_date, r.period, m.name, 'Virtual Machines', 'D2 v3', "
                + "'westeurope', '1 Hour', 'westeurope', '{\"env\": \"bench\"}'::jsonb, sum(r.quantity), m.price, "
                + "m.price, sum(r.quantity) * m.price, 'USD', round(sum(r.quantity) * m.price * x.rate, 2), "
                + "p.currency, x.rate, ?::timestamptz, md5('close-prices')::uuid, now() "
                + "from usage_record r join bench_meter m on m.meter_id = r.meter_id "
                + "join partner p on p.tenant_id = r.partner_tenant_id "
                + "cross join lateral (select case when p.currency = 'EUR' then " + EUR_RATE
                + " else 1 end::numeric as rate) x "
                + "group by r.partner_tenant_id, r.customer_id, r.subscription_id, r.meter_id, r.resource_uri, "
                + "r.usage_date, r.period, m.name, m.price, p.currency, x.rate";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setTimestamp(1, Timestamp.from(period.firstHour()));
            statement.executeUpdate();
        }
    }
}
