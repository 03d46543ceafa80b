package org.partnercenter.commons.catalog;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The countries we sell in: where customers can be created (customer-service holds each one's address rules and
 * refuses to start without them) and the markets the catalogue answers for (pricing-service). Adding a market means
 * adding its address rules.
 */
public final class Markets {

    public static final SortedSet<String> COUNTRIES = Collections.unmodifiableSortedSet(new TreeSet<>(
            List.of("AU", "CA", "DE", "FR", "GB", "IN", "JP", "NL", "US")));

    private Markets() {
    }

    /** "AU, CA, DE, ...", for messages. */
    public static String listed() {
        return String.join(", ", COUNTRIES);
    }
}
