package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.partner.PartnerDirectory;
import org.partnercenter.commons.request.Body;
import org.partnercenter.events.support.SupportServiceEvents;
import org.partnercenter.support.customer.CustomerDirectory;
import org.partnercenter.support.timeline.ActivityAction;
import org.partnercenter.support.timeline.Actor;
import org.partnercenter.support.timeline.Timeline;
import org.partnercenter.support.topic.SupportTopic;
import org.partnercenter.support.topic.SupportTopics;

/** Opens and escalates service requests; every change, its timeline entry and its event commit together. */
@ApplicationScoped
public class ServiceRequestService {

    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private final EntityManager em;
    private final ServiceRequestQueries requests;
    private final SupportTopics topics;
    private final CustomerDirectory customers;
    private final PartnerDirectory partners;
    private final Timeline timeline;
    private final TicketEvents events;
    private final Clock clock;

    ServiceRequestService(EntityManager em, ServiceRequestQueries requests, SupportTopics topics,
            CustomerDirectory customers, PartnerDirectory partners, Timeline timeline, TicketEvents events,
            Clock clock) {
        this.em = em;
        this.requests = requests;
        this.topics = topics;
        this.customers = customers;
        this.partners = partners;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ServiceRequest create(Caller caller, CallerScope customerScope, String agentLocale,
            Body<ServiceRequestCreate> request) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SERVICE_REQUEST_OPEN);
        ServiceRequestCreate body = request.valid();
        List<String> problems = new ArrayList<>();
        if (!LOCALE.matcher(agentLocale).matches()) {
            problems.add("agentLocale: '" + agentLocale + "' is not a locale such as en-US");
        }
        SupportTopic topic = topics.find(body.supportTopicId()).orElse(null);
        if (topic == null) {
            problems.add("supportTopicId: no support topic has the id " + body.supportTopicId()
                    + "; list them with GET /v1/servicerequests/supporttopics");
        }
        if (body.customerId() != null && customers.visible(customerScope, body.customerId())
                .filter(c -> !c.deleted).isEmpty()) {
            problems.add("customerId: " + body.customerId() + " is not one of your customers; list them with "
                    + "GET /v1/customers, or leave customerId out");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", problems);
        }
        ServiceRequest r = new ServiceRequest();
        r.id = ((Number) em.createNativeQuery("select nextval('service_request_id_seq')").getSingleResult())
                .longValue();
        r.partnerTenantId = caller.partnerTenantId();
        r.customerId = body.customerId();
        r.title = body.title().trim();
        r.description = body.description().trim();
        r.severity = WireEnums.find(Severity.class, body.severity().trim()).orElseThrow();
        r.status = ServiceRequestStatus.OPEN;
        r.supportTopicId = topic.id;
        r.supportTopicName = topic.name;
        r.agentLocale = agentLocale;
        partners.find(caller.partnerTenantId()).ifPresent(p -> {
            r.organizationName = p.name;
            r.countryCode = p.country;
        });
        if (body.primaryContact() != null) {
            r.contactId = body.primaryContact().contactId();
            r.contactFirstName = body.primaryContact().firstName();
            r.contactLastName = body.primaryContact().lastName();
            r.contactEmail = body.primaryContact().email();
            r.contactPhoneNumber = body.primaryContact().phoneNumber();
        }
        r.fileLinks = ServiceRequestMapper.writeFileLinks(body.fileLinks());
        r.createdAt = clock.instant();
        r.lastModifiedAt = r.createdAt;
        em.persist(r);
        timeline.record(r.id, r.createdAt, Actor.of(caller), ActivityAction.CREATED, null,
                WireEnums.wireName(r.status), r.title);
        events.publish(SupportServiceEvents.TICKET_CREATED, r);
        return r;
    }

    /** Puts the request in support's queue; the SLA clocks start now. */
    @Transactional
    public ServiceRequest escalate(Caller caller, String id, Body<EscalationRequest> request) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SERVICE_REQUEST_OPEN);
        EscalationRequest body = request.valid();
        ServiceRequest r = requests.lock(RequestScope.of(caller), id);
        if (r.status == ServiceRequestStatus.CLOSED) {
            throw ApiException.conflict("Service request " + id + " is closed: reopen it (PATCH with Status open) "
                    + "before escalating it.");
        }
        if (r.isEscalated()) {
            throw ApiException.conflict("Service request " + id + " is " + WireEnums.wireName(r.status)
                    + " and already escalated (" + r.escalatedAt + "): it is in support's queue; add a note instead.");
        }
        Instant now = clock.instant();
        r.escalatedAt = now;
        r.escalationReason = body.reason().trim();
        r.lastModifiedAt = now;
        timeline.record(r.id, now, Actor.of(caller), ActivityAction.ESCALATED, null, null, r.escalationReason);
        events.publish(SupportServiceEvents.TICKET_ESCALATED, r);
        return r;
    }
}
