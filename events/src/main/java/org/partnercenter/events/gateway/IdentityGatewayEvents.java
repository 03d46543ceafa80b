package org.partnercenter.events.gateway;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/** What the identity gateway publishes: partners (the other services' partner directory) and the audit trail. */
public final class IdentityGatewayEvents {

    private static final String PRODUCER = "identity-gateway";

    public static final Topic PARTNERS = new Topic("partner-center.partners", PRODUCER, "partner tenant id");
    public static final Topic AUDIT = new Topic("partner-center.audit", PRODUCER,
            "partner tenant id, or anonymous for a request without a partner");

    public static final EventType<PartnerChanged> PARTNER_REGISTERED = partner("partner.registered");
    public static final EventType<PartnerChanged> PARTNER_UPDATED = partner("partner.updated");
    public static final EventType<PartnerChanged> PARTNER_SUSPENDED = partner("partner.suspended");
    public static final EventType<PartnerChanged> PARTNER_REACTIVATED = partner("partner.reactivated");
    public static final List<EventType<PartnerChanged>> PARTNER_EVENTS = List.of(PARTNER_REGISTERED,
            PARTNER_UPDATED, PARTNER_SUSPENDED, PARTNER_REACTIVATED);

    /** Version 2: version 1 was the {@code /v1/auditrecords} response shape, which is the API's, not the topic's. */
    public static final EventType<AuditRecorded> AUDIT_RECORDED = new EventType<>(AUDIT, "audit.recorded", 2,
            AuditRecorded.class);

    public static final List<EventType<?>> ALL = List.of(PARTNER_REGISTERED, PARTNER_UPDATED, PARTNER_SUSPENDED,
            PARTNER_REACTIVATED, AUDIT_RECORDED);

    private IdentityGatewayEvents() {
    }

    private static EventType<PartnerChanged> partner(String name) {
        return new EventType<>(PARTNERS, name, 1, PartnerChanged.class);
    }
}
