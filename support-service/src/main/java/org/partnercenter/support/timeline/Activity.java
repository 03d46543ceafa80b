package org.partnercenter.support.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to a service request, append-only. The timeline shows them all, the notes are
 * the {@code NOTE_ADDED} ones, and the SLA clocks are computed from them.
 */
@Entity
@Table(name = "service_request_activity")
public class Activity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long serviceRequestId;
    public Instant occurredAt;
    @Enumerated(EnumType.STRING)
    public ActorSide actorSide;
    public String actorId;
    public String actorName;
    @Enumerated(EnumType.STRING)
    public ActivityAction action;
    public String fromValue;
    public String toValue;
    public String text;
}
