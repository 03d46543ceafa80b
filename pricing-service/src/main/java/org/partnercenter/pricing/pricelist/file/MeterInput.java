package org.partnercenter.pricing.pricelist.file;

import java.util.List;

/**
 * One meter as sent, every value still text, so that each bad value can be reported with its row instead of
 * failing the whole body. {@code shapeProblems} are what the file format itself found wrong (a list where a value
 * was expected, say).
 */
public record MeterInput(Position position, String id, String name, String category, String subcategory,
        String region, String unit, String includedQuantity, List<RawTier> tiers, String effectiveDate,
        List<String> tags, List<String> shapeProblems) {

    public MeterInput {
        tiers = List.copyOf(tiers);
        tags = tags == null ? List.of() : List.copyOf(tags);
        shapeProblems = List.copyOf(shapeProblems);
    }
}
