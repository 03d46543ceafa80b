package org.partnercenter.billing.rating;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a group's issued invoices already bill of each day and resource from its backlog day on. An issued invoice
 * never changes, so a day rated again after its close is written as what is still to bill: the new rating less what
 * was billed (a late line, with its original usage date, on the partner's next invoice).
 */
final class BilledDays {

    /** The billed sums of one day and resource. */
    record Billed(BigDecimal quantity, BigDecimal pricingPreTaxTotal, BigDecimal billingPreTaxTotal) {
    }

    private final Map<String, Billed> billed;

    private BilledDays(Map<String, Billed> billed) {
        this.billed = billed;
    }

    static BilledDays read(Connection connection, RatingGroup group) throws SQLException {
        Map<String, Billed> billed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select usage_date, resource_uri, "
                + "sum(quantity), sum(pricing_pre_tax_total), sum(billing_pre_tax_total) from usage_line_item "
                + "where subscription_id = ? and meter_id = ? and period = ? and usage_date >= ? "
                + "and invoice_number is not null group by usage_date, resource_uri")) {
            select.setObject(1, group.subscriptionId());
            select.setString(2, group.meterId());
            select.setString(3, group.period());
            select.setObject(4, group.fromDay());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    billed.put(key(rows.getObject(1, LocalDate.class).toString(), rows.getString(2)),
                            new Billed(rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5)));
                }
            }
        }
        return new BilledDays(billed);
    }

    boolean isEmpty() {
        return billed.isEmpty();
    }

    /** @return the part of the rated line not billed yet, or null when its invoices bill it all */
    DailyLine unbilledPart(DailyLine line) {
        Billed done = billed.get(key(line.usageDate().toString(), line.resourceUri()));
        if (done == null) {
            return line;
        }
        BigDecimal quantity = line.quantity().subtract(done.quantity());
        BigDecimal pricing = line.pricingPreTaxTotal().subtract(done.pricingPreTaxTotal());
        BigDecimal billing = line.billingPreTaxTotal().subtract(done.billingPreTaxTotal());
        if (quantity.signum() == 0 && pricing.signum() == 0 && billing.signum() == 0) {
            return null;
        }
        return new DailyLine(line.usageDate(), line.resourceUri(), line.resourceLocation(), line.tags(), line.meter(),
                quantity, line.unitPrice(), line.effectiveUnitPrice(), pricing, billing, line.billingCurrency(),
                line.exchangeRate(), line.exchangeRateDate());
    }

    /** Fixed-width date, then the uri: the same key the writer keeps its lines by. */
    static String key(String usageDate, String resourceUri) {
        return usageDate + "/" + resourceUri;
    }
}
