package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.support.timeline.Activity;
import org.partnercenter.support.timeline.ClockEvent;
import org.partnercenter.support.timeline.Timeline;

/** Requests as the API shows them: with their notes and their SLA clocks as of now. */
@ApplicationScoped
public class ServiceRequestViews {

    /** A request shows its latest notes only; GET .../{id}/timeline pages through all of them. */
    public static final int NOTES_SHOWN = 100;

    private final Timeline timeline;
    private final ServiceRequestSla sla;

    ServiceRequestViews(Timeline timeline, ServiceRequestSla sla) {
        this.timeline = timeline;
        this.sla = sla;
    }

    public ServiceRequestView view(ServiceRequest r) {
        List<Long> ids = List.of(r.id);
        return view(r, timeline.latestNotes(ids, NOTES_SHOWN), timeline.clockEvents(ids));
    }

    /** Two queries for the whole page: the latest notes, and what the clocks count (without texts). */
    public Page<ServiceRequestView> page(Page<ServiceRequest> page) {
        List<Long> ids = page.items().stream().map(r -> r.id).toList();
        Map<Long, List<Activity>> notes = timeline.latestNotes(ids, NOTES_SHOWN);
        Map<Long, List<ClockEvent>> clocks = timeline.clockEvents(ids);
        return page.map(r -> view(r, notes, clocks));
    }

    private ServiceRequestView view(ServiceRequest r, Map<Long, List<Activity>> notes,
            Map<Long, List<ClockEvent>> clocks) {
        return ServiceRequestMapper.view(r, notes.getOrDefault(r.id, List.of()),
                sla.read(r, clocks.getOrDefault(r.id, List.of())));
    }
}
