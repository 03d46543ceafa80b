package org.partnercenter.billing.payment;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ValidationErrors;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.time.WireTimes;

/** Checks a payment whole against its invoice, naming every bad field in one 400. */
final class PaymentValidator {

    /** A payment, checked: its invoice found, its amount in the invoice's minor units. */
    record Valid(Invoice invoice, BigDecimal amount, Instant paymentDate, String reference) {
    }

    private PaymentValidator() {
    }

    /** @param invoices finds an invoice by an id that can be one; null when none exists */
    static Valid validate(PaymentRequest request, Validator kinds, Function<String, Invoice> invoices, Clock clock) {
        if (request == null) {
            throw ApiException.badRequest("Send {\"invoiceId\", \"amount\", \"currencyCode\", \"paymentDate\", "
                    + "\"reference\"}: the invoice paid, the amount in its currency, and optionally when and how.",
                    List.of("body"));
        }
        List<String> problems = new ArrayList<>(ValidationErrors.problems(kinds.validate(request)));
        String invoiceId = request.invoiceId() == null ? null : request.invoiceId().trim();
        Invoice invoice = invoiceId == null || invoiceId.isEmpty() ? null : invoices.apply(invoiceId);
        if (invoiceId == null || invoiceId.isEmpty()) {
            problems.add("invoiceId: is required: the id of the issued invoice paid, such as G000000001");
        } else if (invoice == null) {
            problems.add("invoiceId: no invoice '" + Excerpt.of(invoiceId) + "' exists: name an issued invoice by "
                    + "the id GET /v1/invoices gives");
        }
        String currency = request.currencyCode() == null ? null
                : request.currencyCode().trim().toUpperCase(Locale.ROOT);
        if (currency == null || currency.isEmpty()) {
            problems.add("currencyCode: is required: the invoice's currency (ISO 4217)");
        } else if (invoice != null && !currency.equals(invoice.currencyCode)) {
            problems.add("currencyCode: invoice " + invoice.id + " is in " + invoice.currencyCode + ", a payment is "
                    + "recorded in the invoice's currency; got '" + Excerpt.of(request.currencyCode()) + "'");
        }
        BigDecimal amount = amount(request, invoice, problems);
        Instant paymentDate = paymentDate(request.paymentDate(), clock, problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems.size() + " field(s) of the payment are not valid, so nothing was "
                    + "recorded: fix each one named in data and send it again.", problems);
        }
        String reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().trim();
        return new Valid(invoice, amount, paymentDate, reference);
    }

    private static BigDecimal amount(PaymentRequest request, Invoice invoice, List<String> problems) {
        int minorUnits = invoice == null ? 2 : fractionDigits(invoice.currencyCode);
        var sent = request.amount();
        BigDecimal amount = sent == null || !(sent.isNumber() || sent.isTextual()) ? null
                : Decimals.parse(sent.isNumber() ? sent.decimalValue().toString() : sent.asText());
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > minorUnits) {
            problems.add("amount: must be a number above 0 with at most " + minorUnits + " decimal(s), the "
                    + "currency's minor units, such as 120.50; got " + (sent == null ? "nothing"
                    : "'" + Excerpt.of(sent.isTextual() ? sent.asText() : sent.toString()) + "'"));
            return null;
        }
        return amount.setScale(minorUnits);
    }

    /** A date is its first moment (UTC); none is today. Never after today: a payment is recorded once made. */
    private static Instant paymentDate(String sent, Clock clock, List<String> problems) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (sent == null || sent.isBlank()) {
            return today.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        Instant date = WireTimes.find(sent).orElse(null);
        if (date == null) {
            problems.add(WireTimes.problem("paymentDate", sent));
        } else if (!date.isBefore(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            problems.add("paymentDate: '" + Excerpt.of(sent) + "' is after today (" + today + "): record a payment "
                    + "once it is made");
        }
        return date;
    }

    private static int fractionDigits(String currencyCode) {
        try {
            return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
