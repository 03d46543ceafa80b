package org.partnercenter.support.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a service request is about; it routes the request to the people who know the subject. */
@Entity
@Table(name = "support_topic")
public class SupportTopic extends PanacheEntityBase {

    @Id
    public Long id;
    public String name;
    public String description;
    public Instant createdAt;
}
