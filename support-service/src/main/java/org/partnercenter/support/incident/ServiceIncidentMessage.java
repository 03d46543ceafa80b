package org.partnercenter.support.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message support published about an incident; never changed once published. */
@Entity
@Table(name = "service_incident_message")
public class ServiceIncidentMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String serviceIncidentId;
    public Instant publishedAt;
    public String messageText;

    static ServiceIncidentMessage of(String incidentId, Instant publishedAt, String text) {
        ServiceIncidentMessage m = new ServiceIncidentMessage();
        m.serviceIncidentId = incidentId;
        m.publishedAt = publishedAt;
        m.messageText = text;
        return m;
    }
}
