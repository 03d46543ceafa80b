package org.partnercenter.cli.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.partnercenter.cli.output.Column;
import org.partnercenter.cli.output.OutputFormat;
import org.partnercenter.cli.output.Printer;

/**
 * Meters of a rate card as rows: the API's {@code rates} map tier starts to prices, and a table shows the first
 * tier's (the price from the first unit on). {@code -o json} prints the API's meters untouched.
 */
final class MeterTable {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("NAME", "name"),
            Column.of("CATEGORY", "category"), Column.of("REGION", "region"), Column.of("UNIT", "unit"),
            Column.of("PRICE", "firstTierPrice"));

    private MeterTable() {
    }

    static void print(Printer printer, OutputFormat format, List<JsonNode> meters) {
        printer.list(format == OutputFormat.json ? meters : meters.stream().map(MeterTable::withFirstTierPrice)
                .toList(), COLUMNS);
    }

    static JsonNode withFirstTierPrice(JsonNode meter) {
        ObjectNode row = meter.deepCopy();
        BigDecimal lowest = null;
        for (var tiers = meter.path("rates").fields(); tiers.hasNext(); ) {
            var tier = tiers.next();
            BigDecimal start = startOf(tier.getKey());
            if (start != null && (lowest == null || start.compareTo(lowest) < 0)) {
                lowest = start;
                row.set("firstTierPrice", tier.getValue());
            }
        }
        return row;
    }

    private static BigDecimal startOf(String key) {
        try {
            return new BigDecimal(key.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
