package org.partnercenter.billing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.partnercenter.billing.payment.PartnerCredits;
import org.partnercenter.billing.period.BillingPeriod;
import org.partnercenter.billing.period.CloseConfig;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.rating.UsageCharges;

/**
 * Issues a partner's invoices for a billing period, in the close's transaction: one per billing currency of its
 * unbilled line items of the period and before it (late lines of closed periods ride on the next invoice), each line
 * and each usage record it rates marked with the invoice, then {@link InvoiceInvariants} checked; the partner's credit
 * in its currency (earlier overpayments) is consumed into its {@code creditApplied}, never as a line. Set-based
 * statements: a period of a million records is a handful of statements, not a million.
 */
@ApplicationScoped
public class InvoiceIssuer {

    private static final String UNBILLED = "select billing_currency, count(*), sum(billing_pre_tax_total) "
            + "from usage_line_item where partner_tenant_id = ? and invoice_number is null and period <= ? "
            + "group by billing_currency order by billing_currency";
    private static final String BILL_LINES = "update usage_line_item set invoice_number = ? "
            + "where partner_tenant_id = ? and billing_currency = ? and invoice_number is null and period <= ?";
    // A record is billed with the line of its day and resource; a record still held is on no line. The usage_start
    // bounds let the group index find only the line's day; what was marked comes back for the invariant check.
    private static final String BILL_RECORDS = "with billed as (update usage_record r set invoice_number = ? "
            + "from (select distinct subscription_id, meter_id, period, usage_date, resource_uri from usage_line_item "
            + "where invoice_number = ?) l "
            + "where r.partner_tenant_id = ? and r.invoice_number is null and r.held_reason is null "
            + "and r.subscription_id = l.subscription_id and r.meter_id = l.meter_id and r.period = l.period "
            + "and r.usage_start >= l.usage_date::timestamp at time zone 'UTC' "
            + "and r.usage_start < (l.usage_date + 1)::timestamp at time zone 'UTC' "
            + "and r.usage_date = l.usage_date and coalesce(r.resource_uri, '') = l.resource_uri "
            + "returning r.quantity) select count(*), coalesce(sum(quantity), 0) from billed";

    private final EntityManager em;
    private final Clock clock;
    private final TaxStep tax;
    private final CloseConfig config;
    private final PartnerCredits credits;

    InvoiceIssuer(EntityManager em, Clock clock, TaxStep tax, CloseConfig config, PartnerCredits credits) {
        this.em = em;
        this.clock = clock;
        this.tax = tax;
        this.config = config;
        this.credits = credits;
    }

    /**
     * @return the invoices issued (none when nothing is unbilled)
     * @throws InvariantViolation when the invoices would not add up: nothing is issued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Invoice> issue(UUID partnerTenantId, BillingPeriod period, UUID operationId) {
        Partner partner = em.find(Partner.class, partnerTenantId);
        BigDecimal rate = tax.rate(partner);
        Instant now = clock.instant();
        List<Invoice> invoices = em.unwrap(Session.class).doReturningWork(connection -> {
            List<Invoice> issued = new ArrayList<>();
            for (Unbilled unbilled : unbilled(connection, partnerTenantId, period)) {
                Invoice invoice = invoice(connection, partnerTenantId, period, unbilled, rate, now, operationId);
                BigDecimal markedQuantity = bill(connection, invoice, unbilled, period);
                InvoiceInvariants.checkInvoice(connection, invoice, markedQuantity);
                issued.add(invoice);
            }
            InvoiceInvariants.checkPartner(connection, partnerTenantId, period,
                    issued.stream().map(invoice -> invoice.id).toList());
            return issued;
        });
        for (Invoice invoice : invoices) {
            credits.consume(invoice);
            InvoiceInvariants.checkCredit(invoice);
            em.persist(invoice);
        }
        return invoices;
    }

    private record Unbilled(String currency, int lines, BigDecimal subTotal) {
    }

    private static List<Unbilled> unbilled(Connection connection, UUID partner, BillingPeriod period)
            throws SQLException {
        List<Unbilled> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNBILLED)) {
            select.setObject(1, partner);
            select.setString(2, period.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Unbilled(rows.getString(1), rows.getInt(2), rows.getBigDecimal(3)));
                }
            }
        }
        return found;
    }

    private Invoice invoice(Connection connection, UUID partner, BillingPeriod period, Unbilled unbilled,
            BigDecimal rate, Instant now, UUID operationId) throws SQLException {
        Invoice invoice = new Invoice();
        invoice.id = nextId(connection);
        invoice.partnerTenantId = partner;
        invoice.period = period.id();
        invoice.currencyCode = unbilled.currency();
        invoice.invoiceDate = now;
        invoice.billingPeriodStart = period.startDate();
        invoice.billingPeriodEnd = period.endDate();
        invoice.dueDate = now.plus(config.paymentTermDays(), ChronoUnit.DAYS);
        invoice.subTotal = unbilled.subTotal();
        invoice.taxRate = rate;
        // Rounded once, half-even, to the currency's minor units, by the rule every amount is rounded by.
        invoice.taxTotal = UsageCharges.round(unbilled.subTotal().multiply(rate), unbilled.currency());
        invoice.totalCharges = invoice.subTotal.add(invoice.taxTotal);
        invoice.paidAmount = BigDecimal.ZERO;
        invoice.lineItemCount = unbilled.lines();
        invoice.operationId = operationId;
        return invoice;
    }

    /** @return the quantity of the usage records marked with the invoice */
    private static BigDecimal bill(Connection connection, Invoice invoice, Unbilled unbilled, BillingPeriod period)
            throws SQLException {
        try (PreparedStatement lines = connection.prepareStatement(BILL_LINES)) {
            lines.setString(1, invoice.id);
            lines.setObject(2, invoice.partnerTenantId);
            lines.setString(3, unbilled.currency());
            lines.setString(4, period.id());
            int billed = lines.executeUpdate();
            if (billed != unbilled.lines()) {
                throw new InvariantViolation("invoice " + invoice.id + " counted " + unbilled.lines()
                        + " unbilled line items but billed " + billed + ": line items changed during the close");
            }
        }
        try (PreparedStatement records = connection.prepareStatement(BILL_RECORDS)) {
            records.setString(1, invoice.id);
            records.setString(2, invoice.id);
            records.setObject(3, invoice.partnerTenantId);
            try (ResultSet marked = records.executeQuery()) {
                marked.next();
                invoice.usageRecordCount = marked.getLong(1);
                return marked.getBigDecimal(2);
            }
        }
    }

    private static String nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select nextval('invoice_number')");
                ResultSet row = next.executeQuery()) {
            row.next();
            return String.format("G%09d", row.getLong(1));
        }
    }
}
