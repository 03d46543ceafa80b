package org.partnercenter.pricing.pricelist.file;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    public static PriceListInput read(Reader body, String effectiveDate, String currency,
            PricingServiceConfig.Publishing limits) {
        try {
            return read(new CsvRecords(body), effectiveDate, currency, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PriceListInput read(CsvRecords records, String effectiveDate, String currency,
            PricingServiceConfig.Publishing limits) throws IOException {
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw ApiException.badRequest("The CSV file is empty: send a header line (" + String.join(",",
                    PriceListCsv.COLUMNS) + ") and one line per meter and tier.", List.of("body"));
        }
        List<String> columns = columns(header);
        Problems problems = new Problems(limits.maxReportedProblems());
        Map<String, MeterRows> meters = new LinkedHashMap<>();
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            Position position = Position.csvLine(record.line());
            if (record.fields().size() > columns.size()) {
                problems.add(position, "has " + record.fields().size() + " fields, the header names "
                        + columns.size());
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < record.fields().size(); i++) {
                row.put(columns.get(i), record.fields().get(i));
            }
            String meterId = row.getOrDefault("meterId", "").trim().toLowerCase(Locale.ROOT);
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

    private static List<String> columns(CsvRecords.Record header) {
        List<String> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : header.fields()) {
            String column = PriceListCsv.column(name);
            columns.add(column == null ? name : column);
            if (column == null) {
                unknown.add(name);
            }
        }
        List<String> missing = PriceListCsv.REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw ApiException.badRequest("The CSV header must name the columns " + String.join(",",
                    PriceListCsv.COLUMNS) + " (" + String.join(", ", PriceListCsv.REQUIRED) + " at least); unknown: "
                    + unknown + ", missing: " + missing + ".", List.of("header"));
        }
        return columns;
    }

    /** The rows of one meter: the first one describes it, each one adds a tier. */
    private static final class MeterRows {

        private final Position first;
        private final Map<String, String> meter;
        private final List<RawTier> tiers = new ArrayList<>();

        MeterRows(Position first, Map<String, String> row) {
            this.first = first;
            this.meter = row;
            tiers.add(new RawTier(first, row.get("tierStart"), row.get("unitPrice")));
        }

        void addTier(Position position, Map<String, String> row, Problems problems) {
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
