package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.request.IfMatch;

/**
 * The caller's legal business, billing and support profiles. A profile never updated is read from the registration
 * (name, address, currency) at version 0; its first update stores that seed, then applies the update under If-Match
 * like any later one. A PUT that changes nothing keeps the version, so the same PUT twice leaves one etag.
 */
@ApplicationScoped
public class OwnProfiles {

    private final EntityManager em;
    private final PartnerProfiles organizations;
    private final Clock clock;

    OwnProfiles(EntityManager em, PartnerProfiles organizations, Clock clock) {
        this.em = em;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public LegalBusinessProfileView legalBusiness(UUID tenantId) {
        PartnerOrganization partner = organizations.own(tenantId);
        LegalBusinessProfile stored = em.find(LegalBusinessProfile.class, tenantId);
        return LegalBusinessProfileView.of(stored != null ? stored
                : LegalBusinessProfile.seededFrom(partner, clock.instant()));
    }

    @Transactional
    public LegalBusinessProfileView updateLegalBusiness(UUID tenantId, String ifMatch,
            LegalBusinessProfileUpdate update) {
        PartnerOrganization partner = organizations.ownLocked(tenantId);
        LegalBusinessProfile profile = stored(LegalBusinessProfile.class, tenantId,
                () -> LegalBusinessProfile.seededFrom(partner, clock.instant()));
        IfMatch.check(ifMatch, update.etag(), profile.version);
        if (profile.replaceWith(update)) {
            profile.updatedAt = clock.instant();
        }
        em.flush();
        return LegalBusinessProfileView.of(profile);
    }

    @Transactional
    public BillingProfileView billing(UUID tenantId) {
        PartnerOrganization partner = organizations.own(tenantId);
        PartnerBillingProfile stored = em.find(PartnerBillingProfile.class, tenantId);
        return BillingProfileView.of(stored != null ? stored
                : PartnerBillingProfile.seededFrom(partner, clock.instant()), partner);
    }

    @Transactional
    public BillingProfileView updateBilling(UUID tenantId, String ifMatch, BillingProfileUpdate update) {
        PartnerOrganization partner = organizations.ownLocked(tenantId);
        PartnerBillingProfile profile = stored(PartnerBillingProfile.class, tenantId,
                () -> PartnerBillingProfile.seededFrom(partner, clock.instant()));
        IfMatch.check(ifMatch, update.etag(), profile.version);
        String currency = ProfileText.part(update.billingCurrency());
        if (currency != null && !currency.equalsIgnoreCase(partner.currency)) {
            // Billing invoices in the partner's currency (PartnerChanged.currency): a profile that said otherwise
            // would promise invoices that never come in it.
            throw ApiException.badRequest("'billingCurrency' is " + partner.currency + ", the currency this partner "
                    + "is invoiced in, which only the platform operator changes: send " + partner.currency
                    + " or leave it out.", List.of("billingCurrency"));
        }
        if (profile.replaceWith(update)) {
            profile.updatedAt = clock.instant();
        }
        em.flush();
        return BillingProfileView.of(profile, partner);
    }

    @Transactional
    public SupportProfileView support(UUID tenantId) {
        PartnerOrganization partner = organizations.own(tenantId);
        PartnerSupportProfile stored = em.find(PartnerSupportProfile.class, tenantId);
        return SupportProfileView.of(stored != null ? stored
                : PartnerSupportProfile.seededFrom(partner, clock.instant()));
    }

    @Transactional
    public SupportProfileView updateSupport(UUID tenantId, String ifMatch, SupportProfileUpdate update) {
        PartnerOrganization partner = organizations.ownLocked(tenantId);
        PartnerSupportProfile profile = stored(PartnerSupportProfile.class, tenantId,
                () -> PartnerSupportProfile.seededFrom(partner, clock.instant()));
        IfMatch.check(ifMatch, update.etag(), profile.version);
        if (profile.replaceWith(update)) {
            profile.updatedAt = clock.instant();
        }
        em.flush();
        return SupportProfileView.of(profile);
    }

    /**
     * The stored profile, or its seed stored now at version 0 (flushed, so that the update that follows raises the
     * version). The partner's row is locked first, so of two first updates at once the second finds the first's
     * row, with its new version, and is refused for its etag instead of storing a second seed.
     */
    private <T> T stored(Class<T> type, UUID tenantId, Supplier<T> seed) {
        T found = em.find(type, tenantId);
        if (found == null) {
            found = seed.get();
            em.persist(found);
            em.flush();
        }
        return found;
    }
}
