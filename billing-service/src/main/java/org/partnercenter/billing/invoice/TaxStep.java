package org.partnercenter.billing.invoice;

import java.math.BigDecimal;
import org.partnercenter.commons.partner.Partner;

/**
 * The tax an invoice adds to its usage, as a rate of its sub-total. Pluggable: a deployment with a tax engine
 * provides its own bean; the default is a flat rate per partner country from configuration.
 */
public interface TaxStep {

    /** @return the rate (0.2 for 20 %) for {@code partner}'s invoices; zero where no tax applies */
    BigDecimal rate(Partner partner);
}
