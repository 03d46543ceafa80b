package org.partnercenter.pricing.pricelist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Tier;
import org.partnercenter.pricing.pricelist.file.MeterInput;
import org.partnercenter.pricing.pricelist.file.Position;
import org.partnercenter.pricing.pricelist.file.Problems;
import org.partnercenter.pricing.pricelist.file.RawTier;

/** Checks one meter, recording every problem of its row (and of its tier rows) instead of stopping at the first. */
final class MeterValidator {

    static final int MAX_TEXT = 256;

    private final Instant versionEffectiveDate;
    private final int maxTiers;
    private final Problems problems;
    /** Most meters of a list share a few effective dates: parse each text once. */
    private String lastDateText;
    private Instant lastDate;

    MeterValidator(Instant versionEffectiveDate, int maxTiers, Problems problems) {
        this.versionEffectiveDate = versionEffectiveDate;
        this.maxTiers = maxTiers;
        this.problems = problems;
    }

    /** The meter, or null when it has a problem (then recorded). */
    MeterPrice check(MeterInput m, Map<UUID, Position> seen) {
        Position at = m.position();
        long before = problems.added();
        boolean bad = !m.shapeProblems().isEmpty();
        m.shapeProblems().forEach(p -> problems.add(at, p));
        UUID id = guid(m.id());
        if (id == null) {
            bad = fail(at, m.id() == null || m.id().isBlank() ? "id is required (a GUID)"
                    : "id '" + Excerpt.of(m.id().trim()) + "' is not a GUID");
        } else if (seen.putIfAbsent(id, at) != null) {
            bad = fail(at, "meter " + id + " is repeated: it is first at " + seen.get(id).label());
        }
        String name = text(at, "name", m.name(), true);
        String category = text(at, "category", m.category(), true);
        String unit = text(at, "unit", m.unit(), true);
        String subcategory = text(at, "subcategory", m.subcategory(), false);
        String region = text(at, "region", m.region(), false);
        BigDecimal included = m.includedQuantity() == null || m.includedQuantity().isBlank() ? BigDecimal.ZERO
                : quantity(at, "includedQuantity", m.includedQuantity());
        List<Tier> tiers = tiers(m);
        Instant effective = effectiveDate(at, m.effectiveDate());
        for (String tag : m.tags()) {
            if (tag.length() > MAX_TEXT || tag.indexOf('\u0000') >= 0) {
                bad = fail(at, "a tag is longer than " + MAX_TEXT + " characters or contains a NUL character");
            }
        }
        if (bad || problems.added() > before || name == null || category == null || unit == null || included == null
                || tiers == null || effective == null) {
            return null;
        }
        return new MeterPrice(id, name, category, subcategory, region, unit, included, tiers, effective, m.tags());
    }

    private List<Tier> tiers(MeterInput m) {
        Position at = m.position();
        if (m.tiers().isEmpty()) {
            fail(at, "rates needs at least one tier, and one starts at 0");
            return null;
        }
        if (m.tiers().size() > maxTiers) {
            fail(at, "rates has " + m.tiers().size() + " tiers, at most " + maxTiers + " are allowed");
            return null;
        }
        List<Tier> tiers = new ArrayList<>();
        Set<BigDecimal> starts = new HashSet<>();
        boolean ok = true;
        for (RawTier raw : m.tiers()) {
            Position tierAt = raw.position() == null ? at : raw.position();
            BigDecimal start = quantity(tierAt, "tier start", raw.start());
            BigDecimal price = quantity(tierAt, "unit price", raw.price());
            if (start == null || price == null) {
                ok = false;
            } else if (!starts.add(Decimals.shortest(start))) {
                ok = fail(tierAt, "tier " + Decimals.plain(start) + " is given twice");
            } else {
                tiers.add(new Tier(start, price));
            }
        }
        if (ok && !starts.contains(BigDecimal.ZERO)) {
            ok = fail(at, "rates needs a tier that starts at 0");
        }
        return ok ? tiers : null;
    }

    private Instant effectiveDate(Position at, String text) {
        if (text == null || text.isBlank()) {
            return versionEffectiveDate == null ? Instant.EPOCH : versionEffectiveDate;
        }
        if (!text.equals(lastDateText)) {
            lastDateText = text;
            lastDate = WireTimes.find(text).orElse(null);
        }
        Instant date = lastDate;
        if (date == null) {
            fail(at, "effectiveDate '" + Excerpt.of(text.trim()) + "' is not a date");
        } else if (versionEffectiveDate != null && date.isAfter(versionEffectiveDate)) {
            fail(at, "effectiveDate " + date + " is after the price list's effectiveDate " + versionEffectiveDate
                    + ": a version holds prices in force when it takes effect; publish a later version for this one");
            return null;
        }
        return date;
    }

    private BigDecimal quantity(Position at, String field, String text) {
        BigDecimal value = Decimals.parse(text);
        if (value == null) {
            fail(at, text == null || text.isBlank() ? field + " is required" : field + " '" + Excerpt.of(text.trim())
                    + "' is not a number (of at most " + Decimals.MAX_DIGITS + " digits before and after the point)");
        } else if (value.signum() < 0) {
            fail(at, field + " may not be negative, got " + value.toPlainString());
            return null;
        }
        return value;
    }

    private String text(Position at, String field, String value, boolean required) {
        String trimmed = value == null ? "" : value.trim();
        if (required && trimmed.isEmpty()) {
            fail(at, field + " is required");
            return null;
        }
        if (trimmed.length() > MAX_TEXT) {
            fail(at, field + " is longer than " + MAX_TEXT + " characters");
            return null;
        }
        if (trimmed.indexOf('\u0000') >= 0) {
            fail(at, field + " contains a NUL character");
            return null;
        }
        return trimmed;
    }

    private boolean fail(Position at, String reason) {
        problems.add(at, reason);
        return true;
    }

    private static UUID guid(String text) {
        try {
            // UUID.fromString also takes shortened forms such as 1-2-3-4-5: a meter id is the full 36 characters.
            return text == null || text.trim().length() != 36 ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
