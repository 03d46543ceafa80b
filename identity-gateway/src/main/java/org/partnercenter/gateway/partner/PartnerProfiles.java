package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;

/** The organisations the profile endpoints describe: the caller's own, and the partner holding an MPN id. */
@ApplicationScoped
public class PartnerProfiles {

    /** Any registered organisation, the operator's included (unlike {@link PartnerService#get}). */
    @Transactional
    public PartnerOrganization own(UUID tenantId) {
        PartnerOrganization own = PartnerOrganization.findById(tenantId);
        if (own == null) {
            throw ApiException.notFound("The caller's organization is not registered.");
        }
        return own;
    }

    /** {@link #own}, its row locked until the transaction ends: writes of the partner's profiles take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerOrganization ownLocked(UUID tenantId) {
        PartnerOrganization own = PartnerOrganization.findById(tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (own == null) {
            throw ApiException.notFound("The caller's organization is not registered.");
        }
        return own;
    }

    @Transactional
    public PartnerOrganization holdingMpnId(String mpnId) {
        return PartnerOrganization.<PartnerOrganization>find("mpnId", mpnId.trim()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("No registered partner has the MPN id " + mpnId + "."));
    }
}
