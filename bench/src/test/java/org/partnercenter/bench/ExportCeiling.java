package org.partnercenter.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The ceiling of an export on the same database, in the same run: {@code COPY (SELECT ...) TO STDOUT} of the
 * invoice's line items with the columns the exported set is made of, through the same joins as billing's
 * {@code LineItemRows} (customer, subscription, partner and reseller copies), in the same order (line id), read
 * through the JDBC driver's CopyManager into a sink that only counts. What no service can beat: the database's own
 * fastest way of handing out the same rows, without mapping, JSON, gzip or storing anything.
 */
final class ExportCeiling {

    /** The columns of a full line item, in the order {@code DailyRatedUsageLineItemView} names them. */
    static final String FULL = "l.partner_tenant_id, p.name, l.customer_id, c.company_name, c.domain, c.country, "
            + "p.mpn_id, r.mpn_id, l.invoice_number, s.offer_id, s.offer_name, l.subscription_id, s.description, "
            + "l.period, l.usage_date, l.unit_of_measure, l.meter_category, l.meter_id, l.meter_subcategory, "
            + "l.meter_name, l.meter_region, l.resource_location, l.resource_uri, l.tags, l.unit_price, "
            + "l.effective_unit_price, l.quantity, l.billing_pre_tax_total, l.billing_currency, "
            + "l.pricing_pre_tax_total, l.pricing_currency, l.exchange_rate, l.exchange_rate_date, s.entitlement_id";
    /** The columns of the basic attribute set's fields (the list), in its order. */
    static final String BASIC = "l.partner_tenant_id, l.customer_id, c.company_name, p.mpn_id, r.mpn_id, "
            + "l.invoice_number, l.subscription_id, l.usage_date, l.meter_id, l.meter_name, l.meter_category, "
            + "l.quantity, l.unit_of_measure, l.unit_price, l.billing_pre_tax_total, l.billing_currency, "
            + "l.resource_uri";
    static final String JOINS = "from usage_line_item l left join customer c on c.id = l.customer_id "
            + "left join subscription s on s.id = l.subscription_id "
            + "left join partner p on p.tenant_id = l.partner_tenant_id "
            + "left join partner r on r.tenant_id = l.reseller_tenant_id ";

    record Result(double seconds, long bytes, long rows) {
    }

    private ExportCeiling() {
    }

    /**
     * @param basic the basic attribute set's columns, else a full line's
     * @param csv CSV with a header (as a CSV export), else COPY's own text format
     */
    static Result measure(Connection connection, String invoiceId, boolean basic, boolean csv)
            throws SQLException, IOException {
        // COPY takes no parameters: the id is the benchmark's own (letters and digits), quoted as a literal.
        String copy = "copy (select " + (basic ? BASIC : FULL) + " " + JOINS + "where l.invoice_number = '" + invoiceId.replace("'", "''")
                + "' order by l.id) to stdout" + (csv ? " with (format csv, header)" : "");
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, sink);
        return new Result((System.nanoTime() - start) / 1e9, sink.bytes, rows);
    }

    /** Counts what it is given and keeps none of it. */
    private static final class CountingSink extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
