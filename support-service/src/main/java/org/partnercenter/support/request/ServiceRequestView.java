package org.partnercenter.support.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.support.request.ServiceRequestCreate.FileInfo;
import org.partnercenter.support.sla.ClockState;

/**
 * The real API's {@code ServiceRequest}, plus what this project adds in the same style: the customer it is
 * about, its escalation to the operator and its SLA clocks.
 */
public record ServiceRequestView(String id, String title, String description, Severity severity,
        ServiceRequestStatus status, String supportTopicId, String supportTopicName, OrganizationView organization,
        ContactView primaryContact, Instant createdDate, Instant lastModifiedDate, Instant lastClosedDate,
        List<NoteView> notes, List<FileInfo> fileLinks, String countryCode, UUID customerId,
        EscalationView escalation, SlaView sla, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ServiceRequest";

    public record OrganizationView(String id, String name, String phoneNumber) {
    }

    public record ContactView(String contactId, String firstName, String lastName, String email,
            String phoneNumber) {
    }

    public record NoteView(String text, String createdByName, Instant createdDate) {
    }

    public record EscalationView(boolean escalated, Instant escalatedDate, String reason) {
    }

    /** {@code businessHours}: whether the clocks count business hours only (else around the clock). */
    public record SlaView(boolean businessHours, ClockView firstResponse, ClockView nextUpdate,
            ClockView resolution) {
    }

    /** Durations are ISO-8601 working time; {@code remaining} is negative once overdue. */
    public record ClockView(ClockState state, String target, Instant startedDate, Instant dueDate, String remaining,
            boolean breached, Instant stoppedDate) {
    }
}
