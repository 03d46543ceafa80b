package org.partnercenter.billing.usagesummary;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.UUID;
import org.partnercenter.commons.partner.Partner;

/**
 * The partner invoiced for usage, whose billing currency the summaries total in: the customer's owner, or for a
 * customer of an indirect reseller its provider (as rating stores the lines). Name, country and currency are null
 * while the partners topic has not told billing about it yet.
 */
record SummaryPartner(UUID tenantId, String name, String country, String currency) {

    static SummaryPartner of(UUID tenantId, Partner known) {
        return known == null ? new SummaryPartner(tenantId, null, null, null)
                : new SummaryPartner(tenantId, known.name, known.country, known.currency);
    }

    /**
     * The locale amounts are shown in, as a language tag ({@code en-NL}): the SDKs parse it as a culture. Billing
     * knows the partner's country, not its language, so English in that country.
     */
    String currencyLocale() {
        try {
            return new Locale.Builder().setLanguage("en").setRegion(country == null ? "US" : country).build()
                    .toLanguageTag();
        } catch (IllformedLocaleException e) {
            return "en-US";
        }
    }
}
