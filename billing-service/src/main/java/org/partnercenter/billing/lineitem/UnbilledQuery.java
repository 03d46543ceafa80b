package org.partnercenter.billing.lineitem;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.money.Currencies;

/**
 * What {@code GET /v1/invoices/unbilled/lineitems} asks for: whose lines (the caller's partner, or for the
 * operator the {@code partnerTenantId} it names), which kind, in which billing currency and billing period.
 * Values are read in any case ({@code OneTime}, {@code UsageLineItems}, {@code usd}), as the real API reads them;
 * every bad parameter is named in one 400.
 */
record UnbilledQuery(UUID partnerTenantId, LineItemType type, String currency, YearMonth period) {

    static final String PROVIDER = "provider";
    static final String TYPE = "invoicelineitemtype";
    static final String CURRENCY = "currencycode";
    static final String PERIOD = "period";
    static final String PARTNER = "partnerTenantId";

    /** The kinds of unbilled line items of the one-time (new commerce) provider. */
    enum LineItemType {
        USAGE_LINE_ITEMS, BILLING_LINE_ITEMS
    }

    /** The billing period relative to now: calendar months in UTC. */
    enum Period {
        CURRENT, PREVIOUS
    }

    static UnbilledQuery parse(Caller caller, LenientQuery query, Clock clock) {
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String provider = query.value(PROVIDER);
        if (provider == null || !provider.trim().equalsIgnoreCase("onetime")) {
            problem(problems, names, PROVIDER, "must be onetime (the only provider of daily rated usage), got "
                    + shown(provider));
        }
        LineItemType type = WireEnums.find(LineItemType.class, trimmed(query.value(TYPE))).orElse(null);
        if (type == null) {
            problem(problems, names, TYPE, "must be usagelineitems or billinglineitems, got "
                    + shown(query.value(TYPE)));
        }
        String currency = trimmed(query.value(CURRENCY));
        currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
        if (!Currencies.isCurrency(currency)) {
            problem(problems, names, CURRENCY, "must be an ISO 4217 currency code such as USD or EUR, got "
                    + shown(query.value(CURRENCY)));
        }
        Period period = WireEnums.find(Period.class, trimmed(query.value(PERIOD))).orElse(null);
        if (period == null) {
            problem(problems, names, PERIOD, "must be current or previous, got " + shown(query.value(PERIOD)));
        }
        UUID partner = partner(caller, query.value(PARTNER), problems, names);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", names);
        }
        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        return new UnbilledQuery(partner, type, currency, period == Period.CURRENT ? current : current.minusMonths(1));
    }

    /** A partner reads its own lines; the operator names the partner whose lines it reads. */
    private static UUID partner(Caller caller, String named, List<String> problems, List<String> names) {
        if (!caller.isOperator()) {
            return caller.partnerTenantId();
        }
        try {
            if (named != null && !named.isBlank()) {
                return UUID.fromString(named.trim());
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the value sent
        }
        problem(problems, names, PARTNER, "the operator names the partner whose line items it reads: its tenant "
                + "id (a GUID), got " + shown(named));
        return null;
    }

    private static void problem(List<String> problems, List<String> names, String name, String what) {
        problems.add("'" + name + "' " + what);
        names.add(name);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String shown(String text) {
        return text == null || text.isBlank() ? "nothing" : "'" + Excerpt.of(text) + "'";
    }
}
