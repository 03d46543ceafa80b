package org.partnercenter.support.incident;

import java.util.List;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The SDKs' {@code ServiceIncidents}: one workload's incidents, and its status, the worst of its unresolved
 * incidents' ({@code normal} when none is). There are no message-center messages here: the list is always empty.
 */
public record ServiceIncidentsView(String workload, ServiceIncidentStatus status,
        List<ServiceIncidentView> incidents, List<ServiceIncidentView> messageCenterMessages,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ServiceIncidents";
}
