package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.support.timeline.Activity;
import org.partnercenter.support.timeline.Timeline;

/** Requests as the API shows them: with their notes and their SLA clocks as of now. */
@ApplicationScoped
public class ServiceRequestViews {

    private final Timeline timeline;
    private final ServiceRequestSla sla;

    ServiceRequestViews(Timeline timeline, ServiceRequestSla sla) {
        this.timeline = timeline;
        this.sla = sla;
    }

    public ServiceRequestView view(ServiceRequest r) {
        return view(r, timeline.of(List.of(r.id)));
    }

    /** One query for the histories of the whole page. */
    public Page<ServiceRequestView> page(Page<ServiceRequest> page) {
        Map<Long, List<Activity>> histories = timeline.of(page.items().stream().map(r -> r.id).toList());
        return page.map(r -> view(r, histories));
    }

    private ServiceRequestView view(ServiceRequest r, Map<Long, List<Activity>> histories) {
        List<Activity> history = histories.getOrDefault(r.id, List.of());
        return ServiceRequestMapper.view(r, history, sla.read(r, history));
    }
}
