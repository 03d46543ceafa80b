package org.partnercenter.support.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A service request as stored; its notes and history are its activities. */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends PanacheEntityBase {

    @Id
    public Long id;
    public UUID partnerTenantId;
    public UUID customerId;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public ServiceRequestStatus status;
    public Long supportTopicId;
    public String supportTopicName;
    public String agentLocale;
    public String countryCode;
    public String organizationName;
    public String contactId;
    public String contactFirstName;
    public String contactLastName;
    public String contactEmail;
    public String contactPhoneNumber;
    public String fileLinks;
    public Instant createdAt;
    public Instant lastModifiedAt;
    public Instant lastClosedAt;
    /** Set once the partner escalates: from then on the request is in support's queue. */
    public Instant escalatedAt;
    public String escalationReason;

    public boolean isEscalated() {
        return escalatedAt != null;
    }
}
