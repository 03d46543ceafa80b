package org.partnercenter.billing.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.partner.PartnerStored;

/**
 * Usage of a reseller's own customers that came before billing knew the reseller was one waits under the reseller
 * (held: no partner); once the reseller is stored, it moves to its provider ({@link InvoicedPartner}), in the partner
 * consumer's transaction, before it is rated. Billed usage stays where its invoice put it.
 */
@ApplicationScoped
class ResellerUsage {

    private final EntityManager em;

    ResellerUsage(EntityManager em) {
        this.em = em;
    }

    void onPartnerStored(@Observes PartnerStored stored) {
        InvoicedPartner payer = InvoicedPartner.of(stored.tenantId(), null, em.find(Partner.class,
                stored.tenantId()));
        if (payer.partnerTenantId().equals(stored.tenantId())) {
            return;
        }
        em.createNativeQuery("update usage_record set partner_tenant_id = ?1, reseller_tenant_id = ?2 "
                        + "where partner_tenant_id = ?2 and invoice_number is null")
                .setParameter(1, payer.partnerTenantId()).setParameter(2, stored.tenantId()).executeUpdate();
    }
}
