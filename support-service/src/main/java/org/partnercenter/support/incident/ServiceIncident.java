package org.partnercenter.support.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A service incident as stored; what support told partners about it are its messages. */
@Entity
@Table(name = "service_incident")
public class ServiceIncident extends PanacheEntityBase {

    @Id
    public String id;
    public String workload;
    public String title;
    @Enumerated(EnumType.STRING)
    public ServiceIncidentStatus severity;
    public String impactedArea;
    /** A JSON array of names. */
    public String affectedWorkloadNames;
    public Instant startTime;
    /** When it ended: set when, and only when, support resolves it. */
    public Instant endTime;
    public Instant createdAt;
    public Instant lastModifiedAt;
    /** Its etag (see commons' IfMatch): updates need the one their client read. */
    @Version
    public long version;

    public boolean isResolved() {
        return endTime != null;
    }

    /** What partners see now: its severity while it lasts, normal once resolved. */
    public ServiceIncidentStatus currentStatus() {
        return isResolved() ? ServiceIncidentStatus.NORMAL : severity;
    }
}
