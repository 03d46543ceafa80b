package org.partnercenter.billing.lineitem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Query parameters by name in any case: the real API's documents write {@code currencycode} and
 * {@code invoicelineitemtype}, while Microsoft's Java SDK sends {@code currencyCode} and {@code invoiceLineItemType}.
 */
public final class LenientQuery {

    private final MultivaluedMap<String, String> parameters;

    private LenientQuery(MultivaluedMap<String, String> parameters) {
        this.parameters = parameters;
    }

    public static LenientQuery of(UriInfo uri) {
        return new LenientQuery(uri.getQueryParameters());
    }

    /** The first value of the parameter, its name in any case; null when absent. */
    public String value(String name) {
        List<String> exact = parameters.get(name);
        if (exact != null && !exact.isEmpty()) {
            return exact.get(0);
        }
        return parameters.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(Map.Entry::getValue).map(values -> values.get(0))
                .findFirst().orElse(null);
    }
}
