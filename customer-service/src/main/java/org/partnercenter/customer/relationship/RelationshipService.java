package org.partnercenter.customer.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.account.CustomerQueries;
import org.partnercenter.commons.partner.Partner;

/** Reseller relationships, from the partners the gateway announced. */
@ApplicationScoped
public class RelationshipService {

    private final EntityManager em;
    private final CustomerQueries customers;

    RelationshipService(EntityManager em, CustomerQueries customers) {
        this.em = em;
        this.customers = customers;
    }

    /** The caller's resellers (as a provider) or providers (as a reseller); empty for anyone else. */
    @Transactional
    public List<PartnerRelationshipView> ofCaller(Caller caller, PartnerRelationshipType type) {
        caller.require(Access.CUSTOMER_READ);
        if (type == PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF
                && caller.partnerType() == PartnerType.INDIRECT_PROVIDER) {
            return em.createQuery("select p from Partner p where p.providerTenantId = :me and p.partnerType = :type "
                            + "order by p.name, p.tenantId", Partner.class)
                    .setParameter("me", caller.partnerTenantId())
                    .setParameter("type", PartnerType.INDIRECT_RESELLER)
                    .getResultStream().map(p -> PartnerRelationshipView.of(p, type)).toList();
        }
        if (type == PartnerRelationshipType.IS_INDIRECT_RESELLER_OF
                && caller.partnerType() == PartnerType.INDIRECT_RESELLER) {
            Partner me = em.find(Partner.class, caller.partnerTenantId());
            Partner provider = me == null || me.providerTenantId == null ? null
                    : em.find(Partner.class, me.providerTenantId);
            return provider == null ? List.of() : List.of(PartnerRelationshipView.of(provider, type));
        }
        return List.of();
    }

    /** The indirect partners linked to a customer: its provider and its reseller, as each is known. */
    @Transactional
    public List<PartnerRelationshipView> ofCustomer(Caller caller, CallerScope scope, UUID customerId) {
        caller.require(Access.CUSTOMER_READ);
        Customer customer = customers.get(scope, customerId);
        List<PartnerRelationshipView> found = new ArrayList<>();
        Partner owner = em.find(Partner.class, customer.partnerTenantId);
        if (owner != null && owner.partnerType == PartnerType.INDIRECT_PROVIDER) {
            found.add(PartnerRelationshipView.of(owner, PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF));
        }
        UUID resellerId = customer.resellerTenantId != null ? customer.resellerTenantId
                : owner != null && owner.partnerType == PartnerType.INDIRECT_RESELLER ? owner.tenantId : null;
        Partner reseller = resellerId == null ? null : em.find(Partner.class, resellerId);
        if (reseller != null) {
            found.add(PartnerRelationshipView.of(reseller, PartnerRelationshipType.IS_INDIRECT_RESELLER_OF));
            if (owner == reseller && reseller.providerTenantId != null) {
                Partner provider = em.find(Partner.class, reseller.providerTenantId);
                if (provider != null) {
                    found.add(0, PartnerRelationshipView.of(provider,
                            PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF));
                }
            }
        }
        return found;
    }
}
