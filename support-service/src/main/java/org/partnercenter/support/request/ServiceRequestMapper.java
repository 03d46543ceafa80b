package org.partnercenter.support.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.events.support.TicketChanged;
import org.partnercenter.support.request.ServiceRequestCreate.FileInfo;
import org.partnercenter.support.request.ServiceRequestView.ClockView;
import org.partnercenter.support.request.ServiceRequestView.ContactView;
import org.partnercenter.support.request.ServiceRequestView.EscalationView;
import org.partnercenter.support.request.ServiceRequestView.NoteView;
import org.partnercenter.support.request.ServiceRequestView.OrganizationView;
import org.partnercenter.support.request.ServiceRequestView.SlaView;
import org.partnercenter.support.sla.ClockReading;
import org.partnercenter.support.sla.SlaReading;
import org.partnercenter.support.timeline.Activity;
import org.partnercenter.support.timeline.ActivityAction;

/** Between the stored request, its wire shape and its event payload. */
public final class ServiceRequestMapper {

    private static final TypeReference<List<FileInfo>> FILE_LINKS = new TypeReference<>() {
    };

    private ServiceRequestMapper() {
    }

    /** {@code activities}: the notes to show (the latest ones, see ServiceRequestViews), oldest first. */
    public static ServiceRequestView view(ServiceRequest r, List<Activity> activities, SlaReading sla) {
        List<NoteView> notes = activities.stream().filter(a -> a.action == ActivityAction.NOTE_ADDED)
                .map(a -> new NoteView(a.text, a.actorName, a.occurredAt)).toList();
        ContactView contact = r.contactId == null && r.contactEmail == null && r.contactFirstName == null
                && r.contactLastName == null && r.contactPhoneNumber == null ? null
                : new ContactView(r.contactId, r.contactFirstName, r.contactLastName, r.contactEmail,
                        r.contactPhoneNumber);
        return new ServiceRequestView(r.id.toString(), r.title, r.description, r.severity, r.status,
                r.supportTopicId.toString(), r.supportTopicName,
                new OrganizationView(r.partnerTenantId.toString(), r.organizationName, null), contact, r.createdAt,
                r.lastModifiedAt, r.lastClosedAt, notes, readFileLinks(r.fileLinks), r.countryCode, r.customerId,
                new EscalationView(r.isEscalated(), r.escalatedAt, r.escalationReason), sla(sla),
                Links.self(selfUri(r)), ResourceAttributes.of(ServiceRequestView.OBJECT_TYPE));
    }

    static TicketChanged event(ServiceRequest r) {
        return new TicketChanged(r.id.toString(), r.partnerTenantId, r.customerId, r.title,
                WireEnums.wireName(r.severity), WireEnums.wireName(r.status), r.supportTopicId, r.escalatedAt,
                r.lastModifiedAt);
    }

    static String selfUri(ServiceRequest r) {
        return "/servicerequests/" + r.id;
    }

    static String writeFileLinks(List<FileInfo> links) {
        try {
            return EventJson.mapper().writeValueAsString(links == null ? List.of() : links);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("file links cannot be written as JSON", e);
        }
    }

    private static List<FileInfo> readFileLinks(String json) {
        try {
            return EventJson.mapper().readValue(json, FILE_LINKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored file links are not JSON", e);
        }
    }

    private static SlaView sla(SlaReading sla) {
        return new SlaView(sla.businessHours(), clock(sla.firstResponse()), clock(sla.nextUpdate()),
                clock(sla.resolution()));
    }

    private static ClockView clock(ClockReading c) {
        return new ClockView(c.state(), c.target().toString(), c.startedAt(), c.dueAt(), c.remaining().toString(),
                c.breached(), c.stoppedAt());
    }
}
