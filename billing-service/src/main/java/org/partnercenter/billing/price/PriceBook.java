package org.partnercenter.billing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.partnercenter.billing.rating.PriceLookup;
import org.partnercenter.billing.rating.PricedMeter;
import org.partnercenter.rating.ExchangeRate;

/**
 * The prices and exchange rates in force, as billing held them complete when a rating pass began: versions and sets
 * newest first, meters read on demand and kept for the pass. Which one is in force at an instant is decided as
 * pricing-service decides it: the latest effective date not after it, and of one date the one published last.
 */
public final class PriceBook implements PriceLookup {

    /** A complete USD price-list version that no other complete version supersedes. */
    public record Version(UUID id, Instant effectiveDate) {
    }

    /** An exchange-rate set from USD. */
    public record RateSet(UUID id, Instant effectiveDate, Map<String, BigDecimal> rates) {
    }

    /**
     * The versions and sets complete at one time.
     *
     * @param versions newest first (effective date, then publish order)
     * @param rateSets newest first (effective date, then publish order)
     */
    public record Listing(List<Version> versions, List<RateSet> rateSets) {

        public Listing {
            versions = List.copyOf(versions);
            rateSets = List.copyOf(rateSets);
        }
    }

    private final List<Version> versions;
    private final List<RateSet> rateSets;
    private final BiFunction<UUID, String, Optional<PricedMeter>> meters;

    /** @param meters reads a meter of a version (a complete version's meters never change) */
    public PriceBook(Listing listing, BiFunction<UUID, String, Optional<PricedMeter>> meters) {
        this.versions = listing.versions();
        this.rateSets = listing.rateSets();
        this.meters = meters;
    }

    @Override
    public Optional<PricedMeter> meterAt(String meterId, Instant at) {
        return versions.stream().filter(v -> !v.effectiveDate().isAfter(at)).findFirst()
                .flatMap(version -> meters.apply(version.id(), meterId));
    }

    @Override
    public Optional<ExchangeRate> rateAt(String currency, Instant at) {
        if (ExchangeRate.BASE.equals(currency)) {
            return Optional.of(ExchangeRate.usd());
        }
        return rateSets.stream().filter(set -> !set.effectiveDate().isAfter(at) && set.rates().containsKey(currency))
                .findFirst()
                .map(set -> new ExchangeRate(currency, set.rates().get(currency), set.effectiveDate(), set.id()));
    }
}
