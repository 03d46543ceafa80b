package org.partnercenter.pricing.pricelist;

import org.partnercenter.pricing.pricelist.file.PriceListInput;

/** A request body still to be read: the publisher reads it only once the caller may publish. */
@FunctionalInterface
public interface PriceListSource {

    PriceListInput read();
}
