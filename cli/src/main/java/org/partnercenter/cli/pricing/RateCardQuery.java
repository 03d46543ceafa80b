package org.partnercenter.cli.pricing;

import java.util.ArrayList;
import java.util.List;
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

    /** {@code currency=EUR&region=DE&asOf=...} with the parameters given, then {@code extra} ones; "" for none. */
    String parameters(String... extra) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "currency", currency);
        add(parameters, "region", market);
        add(parameters, "asOf", asOf);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            add(parameters, extra[i], extra[i + 1]);
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name + "=" + Query.encode(value.trim()));
        }
    }
}
