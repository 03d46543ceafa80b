package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.billing.operation.Operation;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.request.Body;

/**
 * The operator's close of a billing period: the caller is checked before the body is read, then the period (ended,
 * {@code yyyy-MM}) and the partner named, if any. A period already closed is closed again as a no-op: the operation
 * succeeds having issued nothing (never a 409), so a retried close is harmless.
 */
@ApplicationScoped
class BillingPeriodCloses {

    private final PeriodCloser closer;
    private final EntityManager em;
    private final Clock clock;

    BillingPeriodCloses(PeriodCloser closer, EntityManager em, Clock clock) {
        this.closer = closer;
        this.em = em;
        this.clock = clock;
    }

    Operation close(Caller caller, String periodId, Body<CloseRequest> body) {
        caller.require(Access.OPERATOR_ONLY);
        BillingPeriod period = BillingPeriod.parse(periodId == null ? null : periodId.trim())
                .orElseThrow(() -> ApiException.badRequest("The billing period '" + Excerpt.of(periodId) + "' is not "
                        + "a month: name it yyyy-MM, e.g. 2026-11.", List.of("billingPeriod")));
        BillingPeriod current = BillingPeriod.current(clock);
        if (!period.isBefore(current)) {
            throw ApiException.badRequest("The billing period " + period.id() + " has not ended: a period closes once "
                    + "its month is over in UTC (the latest that can close now is " + current.previous().id() + ").",
                    List.of("billingPeriod"));
        }
        CloseRequest request = body.read() == null ? null : body.valid();
        return closer.start(caller, period, partner(request));
    }

    private Optional<UUID> partner(CloseRequest request) {
        if (request == null || request.partnerTenantId() == null) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(request.partnerTenantId().trim());
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw ApiException.notFound("No partner " + id + " is registered: name a partner by its tenant id.");
        }
        if (partner.partnerType == PartnerType.INDIRECT_RESELLER) {
            throw ApiException.badRequest("Partner " + id + " is an indirect reseller: its usage is on its provider's "
                    + "invoices, so close its provider (" + partner.providerTenantId + ").",
                    List.of("partnerTenantId"));
        }
        return Optional.of(id);
    }
}
