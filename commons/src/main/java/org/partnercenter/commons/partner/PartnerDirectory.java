package org.partnercenter.commons.partner;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.ResellerDirectory;

/**
 * The resellers of each indirect provider, as the partners topic announced them, so that
 * {@code CallerScopes} lets a provider see its resellers' customers. Suspended resellers stay in: their
 * provider still answers for their customers. Present in the services that consume the partners topic
 * ({@value #ENABLED}{@code =true}); the others keep commons' directory without resellers.
 */
@ApplicationScoped
@IfBuildProperty(name = PartnerDirectory.ENABLED, stringValue = "true")
public class PartnerDirectory implements ResellerDirectory {

    public static final String ENABLED = "partner-center.partners.enabled";

    private final EntityManager em;

    PartnerDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public Set<UUID> resellersOf(UUID providerTenantId) {
        return new HashSet<>(em.createQuery("select p.tenantId from Partner p where p.providerTenantId = :provider "
                        + "and p.partnerType = :reseller", UUID.class)
                .setParameter("provider", providerTenantId)
                .setParameter("reseller", PartnerType.INDIRECT_RESELLER)
                .getResultList());
    }

    @Transactional
    public Optional<Partner> find(UUID tenantId) {
        return Optional.ofNullable(em.find(Partner.class, tenantId));
    }
}
