package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.partnercenter.commons.partner.PartnerStored;

/**
 * Rates the usage that waited for a partner (or its currency) once commons' partner consumer stores it; in the
 * consumer's transaction, so the backlog entry commits with the partner.
 */
@ApplicationScoped
public class HeldForPartners {

    private final RatingBacklog backlog;

    HeldForPartners(RatingBacklog backlog) {
        this.backlog = backlog;
    }

    void onPartnerStored(@Observes PartnerStored stored) {
        backlog.queueHeldFor(RatingBacklog.HeldFor.PARTNER, stored.tenantId());
    }
}
