package org.partnercenter.support.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.time.WireTimes;

/**
 * The list's query parameters, parsed leniently; every bad one is named in one 400. Dates are read by
 * {@link WireTimes}: {@code created_from} is the range's start (included), {@code created_to} its end (a date-time is
 * excluded, a date includes its day).
 */
public record ServiceRequestFilter(ServiceRequestStatus status, Severity severity, UUID customerId,
        Instant createdFrom, Instant createdTo, Boolean escalated) {

    public static ServiceRequestFilter parse(String status, String severity, String customerId, String createdFrom,
            String createdTo, String escalated) {
        List<String> problems = new ArrayList<>();
        ServiceRequestFilter filter = new ServiceRequestFilter(
                enumValue(ServiceRequestStatus.class, "status", status, problems),
                enumValue(Severity.class, "severity", severity, problems),
                uuid("customer_id", customerId, problems),
                time("created_from", createdFrom, WireTimes::find, problems),
                time("created_to", createdTo, WireTimes::findEnd, problems),
                bool("escalated", escalated, problems));
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The query is not valid: " + String.join("; ", problems) + ".", problems);
        }
        return filter;
    }

    public ServiceRequestFilter forCustomer(UUID customer) {
        return new ServiceRequestFilter(status, severity, customer, createdFrom, createdTo, escalated);
    }

    /** A JPQL condition on alias {@code e}, and its parameters added to {@code parameters}. */
    String condition(Map<String, Object> parameters) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> own = new HashMap<>();
        add(terms, own, "e.status = :status", "status", status);
        add(terms, own, "e.severity = :severity", "severity", severity);
        add(terms, own, "e.customerId = :customer", "customer", customerId);
        add(terms, own, "e.createdAt >= :createdFrom", "createdFrom", createdFrom);
        add(terms, own, "e.createdAt < :createdTo", "createdTo", createdTo);
        if (escalated != null) {
            terms.add(escalated ? "e.escalatedAt is not null" : "e.escalatedAt is null");
        }
        parameters.putAll(own);
        return terms.isEmpty() ? null : String.join(" and ", terms);
    }

    private static void add(List<String> terms, Map<String, Object> parameters, String term, String name, Object v) {
        if (v != null) {
            terms.add(term);
            parameters.put(name, v);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String text, List<String> problems) {
        if (blank(text)) {
            return null;
        }
        return WireEnums.find(type, text.trim()).orElseGet(() -> {
            problems.add(name + ": '" + text + "' is not one of " + WireEnums.allowed(type));
            return null;
        });
    }

    private static UUID uuid(String name, String text, List<String> problems) {
        try {
            return blank(text) ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(name + ": '" + text + "' is not a customer tenant id (a GUID)");
            return null;
        }
    }

    private static Instant time(String name, String text, Function<String, Optional<Instant>> bound,
            List<String> problems) {
        if (blank(text)) {
            return null;
        }
        Optional<Instant> read = bound.apply(text);
        if (read.isEmpty()) {
            problems.add(WireTimes.problem(name, text));
        }
        return read.orElse(null);
    }

    private static Boolean bool(String name, String text, List<String> problems) {
        if (blank(text)) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(name + ": '" + text + "' is not true or false");
                yield null;
            }
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
