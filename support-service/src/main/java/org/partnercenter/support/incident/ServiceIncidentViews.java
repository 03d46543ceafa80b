package org.partnercenter.support.incident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercenter.commons.paging.Page;

/** Incidents as the API shows them: with their messages, and grouped by workload in a list. */
@ApplicationScoped
public class ServiceIncidentViews {

    private final ServiceIncidentQueries queries;

    ServiceIncidentViews(ServiceIncidentQueries queries) {
        this.queries = queries;
    }

    public ServiceIncidentView view(ServiceIncident incident) {
        return ServiceIncidentMapper.view(incident, queries.messages(List.of(incident.id))
                .getOrDefault(incident.id, List.of()));
    }

    /**
     * A page of incidents as a page of workload groups: two queries for the whole page, the messages and the
     * workloads' statuses. A workload whose incidents run past the page's end starts the next page again.
     */
    public Page<ServiceIncidentsView> groups(Page<ServiceIncident> page) {
        List<String> ids = page.items().stream().map(i -> i.id).toList();
        Set<String> workloads = new LinkedHashSet<>(page.items().stream().map(i -> i.workload).toList());
        Map<String, List<ServiceIncidentMessage>> messages = queries.messages(ids);
        List<ServiceIncidentView> views = page.items().stream()
                .map(i -> ServiceIncidentMapper.view(i, messages.getOrDefault(i.id, List.of()))).toList();
        return new Page<>(ServiceIncidentMapper.groups(views, queries.worstOpen(workloads)), page.next());
    }
}
