package org.partnercenter.gateway.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A user (by Azure AD object id) or an application (by app id) of a partner organisation, with the roles
 * the partner granted it. Roles live here, never in token claims a client could choose.
 */
@Entity
@IdClass(PartnerMember.Key.class)
public class PartnerMember extends PanacheEntityBase {

    public enum Kind {
        USER,
        APPLICATION
    }

    @Id
    public UUID tenantId;
    @Id
    public String memberId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String displayName;
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_assignment", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenantId"),
            @JoinColumn(name = "member_id", referencedColumnName = "memberId")})
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();

    public static PartnerMember find(UUID tenantId, String memberId) {
        return findById(new Key(tenantId, memberId));
    }

    public static class Key implements Serializable {
        public UUID tenantId;
        public String memberId;

        public Key() {
        }

        public Key(UUID tenantId, String memberId) {
            this.tenantId = tenantId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, memberId);
        }
    }
}
