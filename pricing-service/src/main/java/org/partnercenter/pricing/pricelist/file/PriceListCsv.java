package org.partnercenter.pricing.pricelist.file;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV format of a price list, for publishing and downloading alike: a header, then one row per meter and tier.
 * A meter's rows repeat its columns and differ only in {@code tierStart} and {@code unitPrice}; {@code tags} are
 * separated by {@code ;}.
 */
public final class PriceListCsv {

    public static final List<String> COLUMNS = List.of("meterId", "name", "category", "subcategory", "region",
            "unit", "includedQuantity", "tierStart", "unitPrice", "effectiveDate", "tags");

    public static final List<String> REQUIRED = List.of("meterId", "name", "category", "unit", "tierStart",
            "unitPrice");

    /** The columns that describe the meter: they must agree on every row of a meter. */
    static final List<String> METER_COLUMNS = List.of("name", "category", "subcategory", "region", "unit",
            "includedQuantity", "effectiveDate", "tags");

    private static final Map<String, String> BY_LOWER_CASE = COLUMNS.stream()
            .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), Function.identity()));

    private PriceListCsv() {
    }

    /** The column a header names, in any case, or null if it is not one of ours. */
    static String column(String header) {
        return BY_LOWER_CASE.get(header.trim().toLowerCase(Locale.ROOT));
    }
}
