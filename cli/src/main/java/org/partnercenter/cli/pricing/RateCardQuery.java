package org.partnercenter.cli.pricing;

import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Option;

/**
 * The rate card's query (a picocli mixin), as the API takes it: the market is its {@code region} parameter (a
 * country), not an Azure region; {@code asOf} asks for the prices in force at another time than now.
 */
public final class RateCardQuery {

    @Option(names = "--currency", paramLabel = "CURRENCY",
            description = "Show prices in this ISO 4217 currency (default: the market's, else USD).")
    String currency;

    @Option(names = "--market", paramLabel = "COUNTRY",
            description = "The market, a two-letter country code (the API's region parameter, e.g. US).")
    String market;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The prices in force at this date or instant (default: now), e.g. 2026-07-01.")
    String asOf;

    /** {@code path} with the rate card's parameters given, then {@code extra} name/value pairs. */
    String on(String path, String... extra) {
        Query query = Query.path(path).param("currency", currency).param("region", market).param("asOf", asOf);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query.param(extra[i], extra[i + 1]);
        }
        return query.toString();
    }
}
