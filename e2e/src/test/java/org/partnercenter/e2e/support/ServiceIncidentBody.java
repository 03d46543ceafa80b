package org.partnercenter.e2e.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@code POST /v1/serviceincidents} body: a warning on a workload, with its first message. */
public final class ServiceIncidentBody {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ServiceIncidentBody(String workload) {
        body.put("title", "Orders are slow");
        body.put("workload", workload);
        body.put("status", "warning");
        body.put("impactedArea", "Orders");
        body.put("affectedWorkloadNames", List.of("Orders"));
        body.put("message", "We are investigating slow order processing.");
    }

    /** A warning on {@code workload}, valid as it is. */
    public static ServiceIncidentBody incident(String workload) {
        return new ServiceIncidentBody(workload);
    }

    public ServiceIncidentBody with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
