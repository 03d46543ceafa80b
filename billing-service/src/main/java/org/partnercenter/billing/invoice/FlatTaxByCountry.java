package org.partnercenter.billing.invoice;

import io.quarkus.arc.DefaultBean;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.partnercenter.commons.partner.Partner;

/**
 * The default tax step: {@code partner-center.billing.tax.rates.<ISO country>=<rate>} (e.g. {@code .DE=0.19}), 0 for
 * a country without a rate, so that out of the box invoices carry no tax nobody configured.
 */
@DefaultBean
@ApplicationScoped
class FlatTaxByCountry implements TaxStep {

    private final Rates rates;

    FlatTaxByCountry(Rates rates) {
        this.rates = rates;
    }

    @Override
    public BigDecimal rate(Partner partner) {
        String country = partner == null || partner.country == null ? "" : partner.country.toUpperCase(Locale.ROOT);
        return rates.rates().getOrDefault(country, BigDecimal.ZERO);
    }

    /** The configured rates by country code. */
    @ConfigMapping(prefix = "partner-center.billing.tax")
    interface Rates {
        Map<String, BigDecimal> rates();
    }
}
