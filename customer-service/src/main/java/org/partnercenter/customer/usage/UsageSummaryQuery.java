package org.partnercenter.customer.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.usage.CustomerUsageSummaryView.MeterUsage;
import org.partnercenter.customer.usage.CustomerUsageSummaryView.SubscriptionUsage;

/** Totals one customer's usage over a period, per subscription and meter, in one grouped query. */
@ApplicationScoped
class UsageSummaryQuery {

    private final EntityManager em;

    UsageSummaryQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    CustomerUsageSummaryView summarise(Customer customer, OffsetDateTime start, OffsetDateTime end) {
        List<Object[]> rows = em.createNativeQuery("select u.subscription_id, s.friendly_name, u.meter_id, u.unit, "
                        + "sum(u.quantity), count(*) from usage_record u join subscription s on s.id = u.subscription_id "
                        + "where u.customer_id = :customer and u.usage_start_time >= :start and u.usage_start_time < :end "
                        + "group by 1, 2, 3, 4 order by 1, 3, 4")
                .setParameter("customer", customer.id).setParameter("start", start).setParameter("end", end)
                .getResultList();
        Map<UUID, SubscriptionUsage> bySubscription = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID subscriptionId = (UUID) row[0];
            bySubscription.computeIfAbsent(subscriptionId,
                            id -> new SubscriptionUsage(id, (String) row[1], new ArrayList<>()))
                    .meters().add(new MeterUsage((String) row[2], (String) row[3], (BigDecimal) row[4],
                            ((Number) row[5]).longValue()));
        }
        return new CustomerUsageSummaryView(customer.id, customer.companyName, start, end,
                List.copyOf(bySubscription.values()), Links.self("/customers/" + customer.id + "/usagesummary"),
                ResourceAttributes.of(CustomerUsageSummaryView.OBJECT_TYPE));
    }
}
