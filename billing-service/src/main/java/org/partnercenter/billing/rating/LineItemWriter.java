package org.partnercenter.billing.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercenter.rating.ExchangeRate;

/**
 * Replaces a group's unbilled daily lines from its backlog day on with those just rated, less what issued invoices
 * already bill ({@link BilledDays}). A line that is rated again keeps its row and id (an upsert on its day and
 * resource), so that a client paging through unbilled line items meanwhile neither misses it nor sees it twice; an
 * unbilled line whose usage is now all held, or all billed, goes. A billed line is never touched.
 */
final class LineItemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPSERT = "insert into usage_line_item (partner_tenant_id, reseller_tenant_id, "
            + "customer_id, subscription_id, meter_id, resource_uri, usage_date, period, meter_name, meter_category, "
            + "meter_subcategory, meter_region, unit_of_measure, resource_location, tags, quantity, unit_price, "
            + "effective_unit_price, pricing_pre_tax_total, pricing_currency, billing_pre_tax_total, billing_currency, "
            + "exchange_rate, exchange_rate_date, price_version_id, rated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (subscription_id, meter_id, "
            + "period, usage_date, resource_uri) where invoice_number is null do update set "
            + "partner_tenant_id = excluded.partner_tenant_id, "
            + "reseller_tenant_id = excluded.reseller_tenant_id, customer_id = excluded.customer_id, "
            + "meter_name = excluded.meter_name, meter_category = excluded.meter_category, "
            + "meter_subcategory = excluded.meter_subcategory, meter_region = excluded.meter_region, "
            + "unit_of_measure = excluded.unit_of_measure, resource_location = excluded.resource_location, "
            + "tags = excluded.tags, quantity = excluded.quantity, unit_price = excluded.unit_price, "
            + "effective_unit_price = excluded.effective_unit_price, "
            + "pricing_pre_tax_total = excluded.pricing_pre_tax_total, pricing_currency = excluded.pricing_currency, "
            + "billing_pre_tax_total = excluded.billing_pre_tax_total, billing_currency = excluded.billing_currency, "
            + "exchange_rate = excluded.exchange_rate, exchange_rate_date = excluded.exchange_rate_date, "
            + "price_version_id = excluded.price_version_id, rated_at = excluded.rated_at";

    private final Connection connection;
    private final RatingGroup group;
    private final Instant ratedAt;

    LineItemWriter(Connection connection, RatingGroup group, Instant ratedAt) {
        this.connection = connection;
        this.group = group;
        this.ratedAt = ratedAt;
    }

    /** @param someMayGo whether a line of the group may have lost all its usage (to held): only then are any deleted */
    void replace(GroupUsage.Owner owner, List<DailyLine> lines, boolean someMayGo) throws SQLException {
        BilledDays billed = BilledDays.read(connection, group);
        List<String> kept = new ArrayList<>();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (DailyLine rated : lines) {
                DailyLine line = billed.unbilledPart(rated);
                if (line != null) {
                    kept.add(BilledDays.key(line.usageDate().toString(), line.resourceUri()));
                    bind(upsert, owner, line);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
        if (!someMayGo && billed.isEmpty()) {
            return;
        }
        // The group's other unbilled lines from the day on: their usage is now all held, or all billed.
        try (PreparedStatement delete = connection.prepareStatement("delete from usage_line_item "
                + "where subscription_id = ? and meter_id = ? and period = ? and usage_date >= ? "
                + "and invoice_number is null "
                + "and not (to_char(usage_date, 'YYYY-MM-DD') || '/' || resource_uri = any(?))")) {
            delete.setObject(1, group.subscriptionId());
            delete.setString(2, group.meterId());
            delete.setString(3, group.period());
            delete.setObject(4, group.fromDay());
            delete.setArray(5, connection.createArrayOf("text", kept.toArray()));
            delete.executeUpdate();
        }
    }

    private void bind(PreparedStatement upsert, GroupUsage.Owner owner, DailyLine line) throws SQLException {
        PricedMeter meter = line.meter();
        int i = 0;
        upsert.setObject(++i, owner.partnerTenantId());
        upsert.setObject(++i, owner.resellerTenantId());
        upsert.setObject(++i, owner.customerId());
        upsert.setObject(++i, group.subscriptionId());
        upsert.setString(++i, group.meterId());
        upsert.setString(++i, line.resourceUri());
        upsert.setObject(++i, line.usageDate());
        upsert.setString(++i, group.period());
        upsert.setString(++i, meter.name());
        upsert.setString(++i, meter.category());
        upsert.setString(++i, meter.subcategory());
        upsert.setString(++i, meter.region());
        upsert.setString(++i, meter.unit());
        upsert.setString(++i, line.resourceLocation());
        upsert.setString(++i, json(line.tags()));
        upsert.setBigDecimal(++i, line.quantity());
        upsert.setBigDecimal(++i, line.unitPrice());
        upsert.setBigDecimal(++i, line.effectiveUnitPrice());
        upsert.setBigDecimal(++i, line.pricingPreTaxTotal());
        upsert.setString(++i, ExchangeRate.BASE);
        upsert.setBigDecimal(++i, line.billingPreTaxTotal());
        upsert.setString(++i, line.billingCurrency());
        upsert.setBigDecimal(++i, line.exchangeRate());
        upsert.setTimestamp(++i, line.exchangeRateDate() == null ? null : Timestamp.from(line.exchangeRateDate()));
        upsert.setObject(++i, meter.versionId());
        upsert.setTimestamp(++i, Timestamp.from(ratedAt));
    }

    private static String json(Map<String, String> tags) throws SQLException {
        try {
            return tags == null ? null : JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new SQLException("tags could not be written as JSON", e);
        }
    }
}
