package org.partnercenter.support.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;

/**
 * The list's query parameters, parsed leniently; every bad one is named in one 400. Dates are ISO-8601
 * instants or days (a day means its start, UTC); {@code created_from} is inclusive, {@code created_to} not.
 */
public record ServiceRequestFilter(ServiceRequestStatus status, Severity severity, UUID customerId,
        Instant createdFrom, Instant createdTo, Boolean escalated) {

    /** PostgreSQL's timestamptz holds years far beyond Instant's, but the API takes only the years 1 to 9999. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    public static ServiceRequestFilter parse(String status, String severity, String customerId, String createdFrom,
            String createdTo, String escalated) {
        List<String> problems = new ArrayList<>();
        ServiceRequestFilter filter = new ServiceRequestFilter(
                enumValue(ServiceRequestStatus.class, "status", status, problems),
                enumValue(Severity.class, "severity", severity, problems),
                uuid("customer_id", customerId, problems),
                instant("created_from", createdFrom, problems),
                instant("created_to", createdTo, problems),
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

    private static Instant instant(String name, String text, List<String> problems) {
        if (blank(text)) {
            return null;
        }
        Instant instant;
        try {
            instant = text.trim().length() == 10 ? LocalDate.parse(text.trim()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(name + ": '" + text + "' is not an ISO-8601 date (2030-01-31) or instant "
                    + "(2030-01-31T08:00:00Z)");
            return null;
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
            problems.add(name + ": '" + text + "' is outside the years 1 to 9999");
            return null;
        }
        return instant;
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
