package org.partnercenter.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Issued invoices as billing holds them, written straight into billing's database (the export is measured, not
 * rating or the close): one indirect provider invoiced in USD, its 5 resellers, {@code customers} customers (1 in 4
 * a reseller's) with one Azure plan subscription each, and an invoice's billed daily line items spread evenly over
 * its month's days, each day's lines in id order (as rating writes them: day by day). A subscription's lines of a
 * day are {@code lines / (days x customers)} resources, each on one of {@code meters} meters with real-looking
 * names, categories, units, regions and Azure resource URIs; 4 lines in 5 carry tags. Values are as rating leaves
 * them: USD list prices, the billing total rounded to cents, the pricing total exact.
 */
record ExportBenchData(int customers, int meters) {

    static final UUID PARTNER = UUID.nameUUIDFromBytes("export-bench-partner".getBytes(StandardCharsets.UTF_8));
    static final String CURRENCY = "USD";
    private static final int RESELLERS = 5;

    /** An invoice as seeded: its id, month, line items and their billing total (the invoice's sub-total). */
    record SeededInvoice(String id, YearMonth month, long lines, BigDecimal subTotal) {
    }

    /** The provider, its resellers, the customers, their subscriptions, and the meters the lines name. */
    void seedPartner(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into partner (tenant_id, name, partner_type, mpn_id, country, currency, state, "
                    + "updated_at) values ('" + PARTNER + "', 'Contoso Cloud Distribution', 'INDIRECT_PROVIDER', "
                    + "'4100001', 'US', 'USD', 'ACTIVE', now())");
            sql.execute("insert into partner (tenant_id, name, partner_type, provider_tenant_id, mpn_id, country, "
                    + "currency, state, updated_at) select md5('export-reseller-' || r)::uuid, "
                    + "'Fabrikam Reseller ' || r, 'INDIRECT_RESELLER', '" + PARTNER + "', (4200000 + r)::text, 'US', "
                    + "'USD', 'ACTIVE', now() from generate_series(0, " + (RESELLERS - 1) + ") r");
            sql.execute("create temporary table bench_subscription as select c as idx, "
                    + "md5('export-customer-' || c)::uuid as customer_id, md5('export-subscription-' || c)::uuid as id, "
                    + "case when c % 4 = 3 then md5('export-reseller-' || (c % " + RESELLERS + "))::uuid end "
                    + "as reseller_tenant_id, (c * 7) % " + meters + " as first_meter "
                    + "from generate_series(0, " + (customers - 1) + ") c");
            sql.execute("insert into customer (id, partner_tenant_id, reseller_tenant_id, company_name, domain, "
                    + "country, changed_at, updated_at) select customer_id, '" + PARTNER + "', reseller_tenant_id, "
                    + "'Northwind Traders ' || lpad(idx::text, 4, '0') || ' Ltd', "
                    + "'northwind' || lpad(idx::text, 4, '0') || '.onmicrosoft.com', "
                    + "(array['US', 'GB', 'DE', 'FR', 'NL'])[1 + idx % 5], now(), now() from bench_subscription");
            sql.execute("insert into subscription (id, customer_id, partner_tenant_id, reseller_tenant_id, order_id, "
                    + "offer_id, description, quantity, status, billing_cycle, changed_at, updated_at, offer_name, "
                    + "entitlement_id) select id, customer_id, '" + PARTNER + "', reseller_tenant_id, "
                    + "gen_random_uuid(), 'DZH318Z0BCZC', 'Azure plan', 1, 'active', 'monthly', now(), now(), "
                    + "'Azure plan', gen_random_uuid() from bench_subscription");
            // Category k % 8: its meter name, sub-category, unit, and the resource provider its resources live at.
            sql.execute("create temporary table bench_meter as select k as idx, "
                    + "md5('export-meter-' || k)::uuid::text as meter_id, "
                    + "(array['Virtual Machines', 'Storage', 'Bandwidth', 'SQL Database', 'Azure App Service', "
                    + "'Azure Monitor', 'Load Balancer', 'Azure Cosmos DB'])[1 + k % 8] as category, "
                    + "(array['D2 v3', 'LRS Data Stored', 'Standard Data Transfer Out', 'vCore', 'P1 v3 App', "
                    + "'Analytics Logs Data Ingestion', 'Standard Data Processed', '100 RU/s'])[1 + k % 8] as name, "
                    + "(array['Dv3/DSv3 Series', 'General Block Blob v2', 'Rtn Preference: MGN', "
                    + "'General Purpose - Compute Gen5', 'Premium v3 Plan', 'Log Analytics', 'Load Balancer', "
                    + "'Azure Cosmos DB'])[1 + k % 8] as subcategory, "
                    + "(array['1 Hour', '1 GB/Month', '1 GB', '1 Hour', '1 Hour', '1 GB', '1 GB', '100/Hour'])"
                    + "[1 + k % 8] as unit, "
                    + "(array['Microsoft.Compute/virtualMachines', 'Microsoft.Storage/storageAccounts', "
                    + "'Microsoft.Network/publicIPAddresses', 'Microsoft.Sql/servers', 'Microsoft.Web/sites', "
                    + "'Microsoft.OperationalInsights/workspaces', 'Microsoft.Network/loadBalancers', "
                    + "'Microsoft.DocumentDB/databaseAccounts'])[1 + k % 8] as provider, "
                    + "(array['EU West', 'US East', 'EU North', 'US West 2', 'UK South'])[1 + k % 5] as region, "
                    + "(array['westeurope', 'eastus', 'northeurope', 'westus2', 'uksouth'])[1 + k % 5] as location, "
                    + "round(0.002 + (k * 0.0371) % 1.2, 6) as price from generate_series(0, " + (meters - 1) + ") k");
        }
    }

    /** An issued invoice of {@code lines} billed line items of {@code month}; their ids follow every line before. */
    SeededInvoice seedInvoice(Connection connection, String invoiceId, YearMonth month, int lines)
            throws SQLException {
        int days = month.lengthOfMonth();
        int perDay = (lines + days - 1) / days;
        String insert = "insert into usage_line_item (partner_tenant_id, reseller_tenant_id, customer_id, "
                + "subscription_id, meter_id, resource_uri, usage_date, period, meter_name, meter_category, "
                + "meter_subcategory, meter_region, unit_of_measure, resource_location, tags, quantity, unit_price, "
                + "effective_unit_price, pricing_pre_tax_total, pricing_currency, billing_pre_tax_total, "
                + "billing_currency, exchange_rate, exchange_rate_date, price_version_id, invoice_number, rated_at) "
                + "select ?, s.reseller_tenant_id, s.customer_id, s.id, m.meter_id, '/subscriptions/' || s.id "
                + "|| '/resourceGroups/rg-' || (array['prod', 'test', 'shared', 'data'])[1 + g.resource % 4] "
                + "|| '/providers/' || m.provider || '/res-' || g.resource, ?::date + g.day::int, ?, m.name, m.category, "
                + "m.subcategory, m.region, m.unit, m.location, case when g.n % 5 = 4 then null else "
                + "jsonb_build_object('env', (array['prod', 'test', 'shared', 'data'])[1 + g.resource % 4], "
                + "'costCenter', 'cc-' || (s.idx % 37)) end, q.quantity, m.price, m.price, q.quantity * m.price, "
                + "'USD', round(q.quantity * m.price, 2), 'USD', 1, null, md5('export-prices')::uuid, ?, "
                + "now() from (select n, n / " + perDay + " as day, (n % " + perDay + ") / " + customers
                + " as resource, (n % " + perDay + ") % " + customers + " as customer "
                + "from generate_series(0::bigint, " + (lines - 1) + ") n) g "
                + "join bench_subscription s on s.idx = g.customer "
                + "join bench_meter m on m.idx = (s.first_meter + 7 * g.resource) % " + meters + " "
                + "cross join lateral (select round((1 + (g.n * 7919) % 240000) / 10000.0, 4) as quantity) q "
                + "order by g.n";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, PARTNER);
            statement.setString(2, month.atDay(1).toString());
            statement.setString(3, month.toString());
            statement.setString(4, invoiceId);
            statement.executeUpdate();
        }
        // The invoice as the close issues it: its sub-total is its lines' sum; no tax, to keep the figures plain.
        try (PreparedStatement statement = connection.prepareStatement("insert into invoice (id, partner_tenant_id, "
                + "period, currency_code, invoice_date, billing_period_start, billing_period_end, due_date, "
                + "sub_total, tax_rate, tax_total, total_charges, line_item_count, usage_record_count) "
                + "select ?, ?, ?, 'USD', now(), ?::timestamptz, ?::timestamptz, now() + interval '30 days', "
                + "sum(billing_pre_tax_total), 0, 0, sum(billing_pre_tax_total), count(*), 24 * count(*) "
                + "from usage_line_item where invoice_number = ? returning line_item_count, sub_total")) {
            statement.setString(1, invoiceId);
            statement.setObject(2, PARTNER);
            statement.setString(3, month.toString());
            statement.setString(4, month.atDay(1) + "T00:00:00Z");
            statement.setString(5, month.atEndOfMonth() + "T00:00:00Z");
            statement.setString(6, invoiceId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new SeededInvoice(invoiceId, month, row.getLong(1), row.getBigDecimal(2));
            }
        }
    }
}
