package org.partnercenter.support.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;
import org.partnercenter.events.support.ServiceIncidentChanged;
import org.partnercenter.support.incident.ServiceIncidentView.MessageView;

/** Between the stored incident, its wire shapes and its event payload. */
public final class ServiceIncidentMapper {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private ServiceIncidentMapper() {
    }

    static ServiceIncidentView view(ServiceIncident i, List<ServiceIncidentMessage> messages) {
        return new ServiceIncidentView(i.id, i.title, ServiceIncidentView.INCIDENT, i.startTime, i.endTime,
                i.currentStatus(), i.severity,
                messages.stream().map(m -> new MessageView(m.messageText, m.publishedAt)).toList(), i.workload,
                readNames(i.affectedWorkloadNames), i.impactedArea, i.isResolved(), i.lastModifiedAt,
                Links.self("/serviceincidents/" + i.id),
                new ResourceAttributes(ServiceIncidentView.OBJECT_TYPE, Etag.of(i.version)));
    }

    /**
     * A page's incidents grouped by workload, in the page's order (which is by workload). {@code worst}: each
     * workload's worst unresolved severity, over all its incidents, not just the page's.
     */
    static List<ServiceIncidentsView> groups(List<ServiceIncidentView> incidents,
            Map<String, ServiceIncidentStatus> worst) {
        Map<String, List<ServiceIncidentView>> byWorkload = new LinkedHashMap<>();
        incidents.forEach(i -> byWorkload.computeIfAbsent(i.workload(), w -> new ArrayList<>()).add(i));
        return byWorkload.entrySet().stream().map(e -> new ServiceIncidentsView(e.getKey(),
                worst.getOrDefault(e.getKey(), ServiceIncidentStatus.NORMAL), List.copyOf(e.getValue()), List.of(),
                ResourceAttributes.of(ServiceIncidentsView.OBJECT_TYPE))).toList();
    }

    static ServiceIncidentChanged event(ServiceIncident i) {
        return new ServiceIncidentChanged(i.id, i.workload, i.title, WireEnums.wireName(i.currentStatus()),
                WireEnums.wireName(i.severity), i.isResolved(), i.startTime, i.endTime, i.lastModifiedAt);
    }

    static String writeNames(List<String> names) {
        try {
            return EventJson.mapper().writeValueAsString(names == null ? List.of()
                    : names.stream().map(String::trim).distinct().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("workload names cannot be written as JSON", e);
        }
    }

    private static List<String> readNames(String json) {
        try {
            return EventJson.mapper().readValue(json, NAMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored workload names are not JSON", e);
        }
    }
}
