package org.partnercenter.pricing.ratecard;

/** Our filters on a rate card's meters, each optional: category and meter region exactly, name by its start. */
public record MeterFilter(String category, String meterRegion, String name) {

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public MeterFilter {
        category = blankToNull(category);
        meterRegion = blankToNull(meterRegion);
        name = blankToNull(name);
    }
}
