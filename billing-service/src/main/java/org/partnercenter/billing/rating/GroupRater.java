package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.period.PartnerLocks;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.billing.usage.HeldReason;
import org.partnercenter.commons.money.Currencies;
import org.partnercenter.commons.partner.Partner;

/**
 * Rates one group from its backlog day on: reads its records, decides what the whole group waits for (its partner
 * and currency, customer, subscription), charges the rest with {@link DailyRating}, and writes the day lines and each
 * record's held reason. Through JDBC in the pass's transaction: a group can hold thousands of records.
 */
@ApplicationScoped
public class GroupRater {

    private final EntityManager em;
    private final Clock clock;
    private final PartnerLocks partnerLocks;

    GroupRater(EntityManager em, Clock clock, PartnerLocks partnerLocks) {
        this.em = em;
        this.clock = clock;
        this.partnerLocks = partnerLocks;
    }

    /** @return false when the group's partner is being closed right now: the group is left for a later pass */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rate(RatingGroup group, PriceLookup prices) {
        return em.unwrap(Session.class).doReturningWork(connection -> rate(connection, group, prices));
    }

    private boolean rate(Connection connection, RatingGroup group, PriceLookup prices) throws SQLException {
        GroupUsage usage = GroupUsage.read(connection, group);
        LineItemWriter lines = new LineItemWriter(connection, group, clock.instant());
        if (usage.records().isEmpty()) {
            lines.replace(usage.owner(), List.of(), true);
            return true;
        }
        if (!partnerLocks.tryShare(usage.owner().partnerTenantId())) {
            return false;
        }
        Partner partner = em.find(Partner.class, usage.owner().partnerTenantId());
        Optional<HeldReason> groupHold = whatTheGroupWaitsFor(partner, usage.owner());
        if (groupHold.isPresent()) {
            usage.writeHeld(connection, usage.records().stream()
                    .collect(Collectors.toMap(Function.identity(), r -> groupHold.get())), clock.instant());
            lines.replace(usage.owner(), List.of(), true);
            return true;
        }
        DailyRating.Result result = DailyRating.rate(group.meterId(), usage.records(), usage.consumedBefore(),
                partner.currency, prices);
        Map<UsageToRate, HeldReason> held = result.held().stream()
                .collect(Collectors.toMap(DailyRating.Held::usage, DailyRating.Held::reason));
        usage.writeHeld(connection, held, clock.instant());
        // A line can only go when all its usage is now held: records are never removed.
        lines.replace(usage.owner(), result.lines(), !held.isEmpty());
        return true;
    }

    private Optional<HeldReason> whatTheGroupWaitsFor(Partner partner, GroupUsage.Owner owner) {
        if (partner == null) {
            return Optional.of(HeldReason.PARTNER_UNKNOWN);
        }
        if (!Currencies.isCurrency(partner.currency)) {
            return Optional.of(HeldReason.PARTNER_CURRENCY_UNKNOWN);
        }
        if (em.find(Customer.class, owner.customerId()) == null) {
            return Optional.of(HeldReason.CUSTOMER_UNKNOWN);
        }
        if (em.find(Subscription.class, owner.subscriptionId()) == null) {
            return Optional.of(HeldReason.SUBSCRIPTION_UNKNOWN);
        }
        return Optional.empty();
    }
}
