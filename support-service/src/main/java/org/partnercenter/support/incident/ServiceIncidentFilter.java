package org.partnercenter.support.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.query.SearchFilter;
import org.partnercenter.commons.query.SearchOperator;

/**
 * The list's {@code filter}, as the SDK's {@code ServiceIncidents.Query} sends it:
 * {@code {"Field":"Resolved","Value":"false","Operator":"equals"}}; at most one of its fields is set, none when
 * no filter was sent (every incident).
 */
public record ServiceIncidentFilter(Boolean resolved, ServiceIncidentStatus status, String workload) {

    private static final Map<ServiceIncidentSearchField, Set<SearchOperator>> OPERATORS = Map.of(
            ServiceIncidentSearchField.RESOLVED, EnumSet.of(SearchOperator.EQUALS),
            ServiceIncidentSearchField.STATUS, EnumSet.of(SearchOperator.EQUALS),
            ServiceIncidentSearchField.WORKLOAD, EnumSet.of(SearchOperator.EQUALS));

    public static ServiceIncidentFilter parse(String text) {
        return SearchFilter.parse(text, ServiceIncidentSearchField.class, OPERATORS).map(filter -> {
            String value = filter.value().trim();
            return switch (filter.field()) {
                case RESOLVED -> new ServiceIncidentFilter(resolved(value), null, null);
                case STATUS -> new ServiceIncidentFilter(null, status(value), null);
                case WORKLOAD -> new ServiceIncidentFilter(null, null, value);
            };
        }).orElse(new ServiceIncidentFilter(null, null, null));
    }

    /** A JPQL condition on alias {@code e} with its parameters added to {@code parameters}, or null for none. */
    String condition(Map<String, Object> parameters) {
        if (resolved != null) {
            return resolved ? "e.endTime is not null" : "e.endTime is null";
        }
        if (status != null) {
            // What the incident means now: every resolved incident is normal, as are those declared normal.
            parameters.put("status", status);
            return status == ServiceIncidentStatus.NORMAL ? "(e.endTime is not null or e.severity = :status)"
                    : "(e.endTime is null and e.severity = :status)";
        }
        if (workload != null) {
            parameters.put("workload", workload.toLowerCase(Locale.ROOT));
            return "lower(e.workload) = :workload";
        }
        return null;
    }

    private static boolean resolved(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("filter.Value must be true or false when searching by Resolved, got '" + value
                    + "'.");
        };
    }

    private static ServiceIncidentStatus status(String value) {
        return WireEnums.find(ServiceIncidentStatus.class, value).orElseThrow(() -> bad("filter.Value must be one of "
                + WireEnums.allowed(ServiceIncidentStatus.class) + " when searching by Status, got '" + value + "'."));
    }

    private static ApiException bad(String description) {
        return ApiException.badRequest(description, List.of("filter.Value"));
    }
}
