package org.partnercenter.pricing.pricelist;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Tier;

/**
 * Cuts a version's meters, in order, into the chunks of {@code pricelist.meters}. By bytes, not by count: a meter's
 * size varies with its tiers and tags by a factor of a hundred, so each meter is measured as the outbox will write it
 * and a chunk closes before the meter that would take it over the limit.
 */
final class MeterChunks {

    /**
     * Room kept for the envelope (ids, type, times, correlation) and the chunk's own fields around the meters: under
     * 1 KiB in practice.
     */
    static final int ENVELOPE_ALLOWANCE = 4096;

    private MeterChunks() {
    }

    /** The chunks; a meter too large for any chunk refuses the publish (400) before anything is stored. */
    static List<List<PriceListMeters.Meter>> split(List<MeterPrice> meters, int maxEventBytes) {
        int budget = maxEventBytes - ENVELOPE_ALLOWANCE;
        List<List<PriceListMeters.Meter>> chunks = new ArrayList<>();
        List<PriceListMeters.Meter> chunk = new ArrayList<>();
        long used = 0;
        for (MeterPrice price : meters) {
            PriceListMeters.Meter meter = event(price);
            // The comma before every meter but a chunk's first.
            long size = bytes(meter) + 1;
            if (size > budget) {
                throw ApiException.badRequest("Meter " + price.id() + " takes " + size + " bytes as an event, more "
                        + "than the " + budget + " a chunk of the prices topic holds: give it fewer or shorter tags, "
                        + "then publish the whole price list again.", List.of("meters: " + price.id()));
            }
            if (used + size > budget) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                used = 0;
            }
            chunk.add(meter);
            used += size;
        }
        if (!chunk.isEmpty() || chunks.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    static PriceListMeters.Meter event(MeterPrice m) {
        List<PriceListMeters.Tier> tiers = new ArrayList<>(m.tiers().size());
        for (Tier tier : m.tiers()) {
            tiers.add(new PriceListMeters.Tier(shortest(tier.startQuantity()), shortest(tier.unitPrice())));
        }
        return new PriceListMeters.Meter(m.id(), m.name(), m.category(), m.subcategory(), m.region(), m.unit(),
                shortest(m.includedQuantity()), tiers, m.effectiveDate(), m.tags());
    }

    /**
     * The outbox writes an envelope through a JSON tree, which drops a decimal's trailing zeros (100.00 is written
     * 100). Dropping them here already makes a meter written on its own exactly as long as in its envelope, so
     * measuring it needs no tree of its own.
     */
    private static BigDecimal shortest(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static int bytes(PriceListMeters.Meter meter) {
        try {
            return EventJson.mapper().writeValueAsBytes(meter).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("meter " + meter.meterId() + " cannot be written as JSON", e);
        }
    }
}
