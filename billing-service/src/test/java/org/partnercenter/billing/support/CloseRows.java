package org.partnercenter.billing.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What closes wrote, read straight from billing's tables: a partner's invoices (each beside the sum of its own line
 * items), its close rows, and which invoice each of its line items and usage records is on. Compared whole, so that
 * a half-issued invoice, a stray billed line or an unmarked record shows.
 */
public final class CloseRows {

    /** The key of line items and records on no invoice yet. */
    public static final String UNBILLED = "unbilled";

    /** An issued invoice, with the sum of the line items that carry its number. */
    public record InvoiceRow(String id, String currency, BigDecimal subTotal, BigDecimal linesTotal, int lineItemCount,
            long usageRecordCount, UUID operationId) {
    }

    /** Everything a close writes for one partner. */
    public record PartnerRows(List<InvoiceRow> invoices, long closes, Map<String, Long> linesByInvoice,
            Map<String, Long> recordsByInvoice) {
    }

    private static final String INVOICES = "select i.id, i.currency_code, i.sub_total, (select coalesce(sum("
            + "l.billing_pre_tax_total), 0) from usage_line_item l where l.invoice_number = i.id), i.line_item_count, "
            + "i.usage_record_count, i.operation_id from invoice i where i.partner_tenant_id = ? order by i.id";
    private static final String LINES = "select coalesce(invoice_number, '" + UNBILLED + "'), count(*) "
            + "from usage_line_item where partner_tenant_id = ? group by 1";
    private static final String RECORDS = "select coalesce(invoice_number, '" + UNBILLED + "'), count(*) "
            + "from usage_record where partner_tenant_id = ? group by 1";

    private final BillingDatabase db;

    public CloseRows(BillingDatabase db) {
        this.db = db;
    }

    public PartnerRows of(UUID partner) {
        List<InvoiceRow> invoices = db.rows(INVOICES, partner).stream().map(row -> new InvoiceRow((String) row.get(0),
                (String) row.get(1), (BigDecimal) row.get(2), (BigDecimal) row.get(3), ((Number) row.get(4)).intValue(),
                ((Number) row.get(5)).longValue(), (UUID) row.get(6))).toList();
        long closes = db.count("select count(*) from billing_period_close where partner_tenant_id = ?", partner);
        return new PartnerRows(invoices, closes, counts(LINES, partner), counts(RECORDS, partner));
    }

    /** Close rows of every partner. */
    public long closes() {
        return db.count("select count(*) from billing_period_close");
    }

    /** How many invoice.issued events the outbox holds for each invoice (sent or not: the relay keeps them). */
    public Map<String, Long> issuedEvents() {
        return toMap(db.rows("select payload::jsonb ->> 'subject', count(*) from outbox_event "
                + "where payload::jsonb ->> 'type' = 'invoice.issued' group by 1"));
    }

    private Map<String, Long> counts(String sql, UUID partner) {
        return toMap(db.rows(sql, partner));
    }

    private static Map<String, Long> toMap(List<List<Object>> rows) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row.get(0), ((Number) row.get(1)).longValue()));
        return counts;
    }
}
