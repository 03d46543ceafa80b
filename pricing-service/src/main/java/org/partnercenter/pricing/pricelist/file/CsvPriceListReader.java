package org.partnercenter.pricing.pricelist.file;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.partnercenter.commons.csv.CsvRow;
import org.partnercenter.commons.csv.CsvTable;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.pricing.config.PricingServiceConfig;

/**
 * Reads a price list in {@link PriceListCsv}'s format, record by record, and gathers each meter's tier rows. The
 * effective date and currency come from the query, since a CSV file has no place for them.
 */
public final class CsvPriceListReader {

    private CsvPriceListReader() {
    }

    /**
     * Refuses the list as soon as it has one meter more than {@code limits.maxMeters()}, without reading the rest;
     * keeps at most {@code limits.maxReportedProblems()} bad rows.
     */
    public static PriceListInput read(InputStream body, String effectiveDate, String currency,
            PricingServiceConfig.Publishing limits) {
        try (CsvTable table = CsvTable.open(body, PriceListCsv::column)) {
            return read(table, effectiveDate, currency, limits);
        }
    }

    private static PriceListInput read(CsvTable table, String effectiveDate, String currency,
            PricingServiceConfig.Publishing limits) {
        if (table.isEmpty()) {
            throw ApiException.badRequest("The CSV file is empty: send a header line (" + String.join(",",
                    PriceListCsv.COLUMNS) + ") and one line per meter and tier.", List.of("body"));
        }
        checkHeader(table);
        Problems problems = new Problems(limits.maxReportedProblems());
        Map<String, MeterRows> meters = new LinkedHashMap<>();
        for (CsvRow row = table.next(); row != null; row = table.next()) {
            Position position = Position.csvLine(row.line());
            if (row.width() > table.width()) {
                problems.add(position, "has " + row.width() + " fields, the header names " + table.width());
                continue;
            }
            String meterId = Objects.requireNonNullElse(row.get("meterId"), "").trim().toLowerCase(Locale.ROOT);
            String key = meterId.isEmpty() ? position.label() : meterId;
            MeterRows rows = meters.get(key);
            if (rows == null) {
                if (meters.size() == limits.maxMeters()) {
                    throw PriceListInput.tooManyMeters(limits.maxMeters());
                }
                meters.put(key, new MeterRows(position, row));
            } else {
                rows.addTier(position, row, problems);
            }
        }
        return new PriceListInput(effectiveDate, currency, meters.values().stream().map(MeterRows::input).toList(),
                problems);
    }

    private static void checkHeader(CsvTable table) {
        List<String> unknown = table.unknownColumns();
        List<String> missing = PriceListCsv.REQUIRED.stream().filter(c -> !table.has(c)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw ApiException.badRequest("The CSV header must name the columns " + String.join(",",
                    PriceListCsv.COLUMNS) + " (" + String.join(", ", PriceListCsv.REQUIRED) + " at least); unknown: "
                    + unknown + ", missing: " + missing + ".", List.of("header"));
        }
    }

    /** The rows of one meter: the first one describes it, each one adds a tier. */
    private static final class MeterRows {

        private final Position first;
        private final CsvRow meter;
        private final List<RawTier> tiers = new ArrayList<>();

        MeterRows(Position first, CsvRow row) {
            this.first = first;
            this.meter = row;
            tiers.add(new RawTier(first, row.get("tierStart"), row.get("unitPrice")));
        }

        void addTier(Position position, CsvRow row, Problems problems) {
            for (String column : PriceListCsv.METER_COLUMNS) {
                if (!Objects.equals(blankToNull(meter.get(column)), blankToNull(row.get(column)))) {
                    problems.add(position, column + " differs from " + first.label() + ", where meter "
                            + meter.get("meterId").trim() + " starts: a meter's rows differ only in tierStart and "
                            + "unitPrice");
                }
            }
            tiers.add(new RawTier(position, row.get("tierStart"), row.get("unitPrice")));
        }

        MeterInput input() {
            String tags = blankToNull(meter.get("tags"));
            List<String> tagList = tags == null ? List.of()
                    : Arrays.stream(tags.split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            return new MeterInput(first, meter.get("meterId"), meter.get("name"), meter.get("category"),
                    meter.get("subcategory"), meter.get("region"), meter.get("unit"), meter.get("includedQuantity"),
                    tiers, meter.get("effectiveDate"), tagList, List.of());
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
