package org.partnercenter.support.incident;

import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The SDKs' {@code ServiceIncidentDetail}: {@code status} is what the incident means now (its severity while it
 * lasts, {@code normal} once resolved), {@code severity} how bad it is or was; {@code endTime} is absent until it
 * is resolved. Fields of the model that belong to Microsoft's message center (requiredBy, actionType, category,
 * impactedCustomers) are left out. Added in the same style: its {@code title}, {@code lastModifiedTime}, links and
 * attributes with the etag that {@code PATCH} needs.
 */
public record ServiceIncidentView(String id, String title, String messageType, Instant startTime, Instant endTime,
        ServiceIncidentStatus status, ServiceIncidentStatus severity, List<MessageView> messages, String workload,
        List<String> affectedWorkloadNames, String impactedArea, boolean resolved, Instant lastModifiedTime,
        Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ServiceIncidentDetail";
    /** The SDKs' {@code MessageType}: everything here is an incident. */
    static final String INCIDENT = "incident";

    /** The SDKs' {@code ServiceIncidentHistory}. */
    public record MessageView(String messageText, Instant publishedTime) {
    }
}
