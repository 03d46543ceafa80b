package org.partnercenter.commons.sample;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Widget extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID partnerTenantId;
    public String name;
    public int size;
    @Enumerated(EnumType.STRING)
    public Color color;
    public Instant createdAt;

    public enum Color {
        DEEP_BLUE,
        RED
    }
}
