package org.partnercenter.billing.lineitem;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.money.Currencies;

/**
 * What {@code GET /v1/invoices/unbilled/lineitems} asks for: whose lines (the caller's partner, or for the
 * operator the {@code partnerTenantId} it names), which kind, in which billing currency and billing period.
 * Values are read in any case ({@code OneTime}, {@code UsageLineItems}, {@code usd}), as the real API reads them;
 * every bad parameter is named in one 400.
 */
record UnbilledQuery(UUID partnerTenantId, LineItemType type, String currency, Period period, YearMonth month) {

    static final String CURRENCY = "currencycode";
    static final String PERIOD = "period";
    static final String PARTNER = "partnerTenantId";

    /** The billing period relative to now: calendar months in UTC. */
    enum Period {
        CURRENT, PREVIOUS
    }

    static UnbilledQuery parse(Caller caller, LenientQuery query, Clock clock) {
        QueryProblems problems = new QueryProblems();
        LineItemType type = LineItemType.read(query.value(LineItemType.PROVIDER), query.value(LineItemType.TYPE),
                problems);
        String currency = trimmed(query.value(CURRENCY));
        currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
        if (!Currencies.isCurrency(currency)) {
            problems.add(CURRENCY, "must be an ISO 4217 currency code such as USD or EUR, got "
                    + shown(query.value(CURRENCY)));
        }
        Period period = WireEnums.find(Period.class, trimmed(query.value(PERIOD))).orElse(null);
        if (period == null) {
            problems.add(PERIOD, "must be current or previous, got " + shown(query.value(PERIOD)));
        }
        UUID partner = partner(caller, query.value(PARTNER), problems);
        problems.throwIfAny();
        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        return new UnbilledQuery(partner, type, currency, period,
                period == Period.CURRENT ? current : current.minusMonths(1));
    }

    /** A partner reads its own lines; the operator names the partner whose lines it reads. */
    private static UUID partner(Caller caller, String named, QueryProblems problems) {
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
        problems.add(PARTNER, "the operator names the partner whose line items it reads: its tenant "
                + "id (a GUID), got " + shown(named));
        return null;
    }
}
