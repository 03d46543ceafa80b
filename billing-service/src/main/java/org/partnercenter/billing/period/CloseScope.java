package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;

/** What a close covers: which partners, and for each the periods to close, oldest first. */
@ApplicationScoped
class CloseScope {

    private final EntityManager em;

    CloseScope(EntityManager em) {
        this.em = em;
    }

    /** Every partner that is invoiced: an indirect reseller's usage is on its provider's invoices. */
    @Transactional
    List<UUID> partners() {
        return em.createQuery("select p.tenantId from Partner p where p.partnerType is null or p.partnerType <> "
                + ":reseller order by p.tenantId", UUID.class)
                .setParameter("reseller", PartnerType.INDIRECT_RESELLER).getResultList();
    }

    /**
     * The period asked for, after every earlier one of the partner's never closed that still has unbilled line items:
     * closing November when October was never closed first issues October's invoice, so no usage lands on the
     * invoice of a later month than its own without cause.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    List<BillingPeriod> periodsToClose(UUID partner, BillingPeriod period) {
        List<String> earlier = em.createNativeQuery("select distinct l.period from usage_line_item l "
                + "where l.partner_tenant_id = ?1 and l.invoice_number is null and l.period < ?2 and not exists ("
                + "select 1 from billing_period_close c where c.partner_tenant_id = ?1 and c.period = l.period) "
                + "order by 1").setParameter(1, partner).setParameter(2, period.id()).getResultList();
        List<BillingPeriod> periods = new ArrayList<>();
        earlier.forEach(id -> BillingPeriod.parse(id).ifPresent(periods::add));
        periods.add(period);
        return periods;
    }
}
