package org.partnercenter.billing.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The customers a statement lists under one indirect reseller, with their total; {@code resellerTenantId} null for
 * the partner's own customers (a direct partner's are all such).
 */
record ResellerSummary(UUID resellerTenantId, String name, String mpnId, List<CustomerTotal> customers) {

    BigDecimal total() {
        return customers.stream().map(CustomerTotal::preTaxTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Consecutive totals of one reseller (the aggregation orders them so) become one summary each. */
    static List<ResellerSummary> of(List<CustomerTotal> totals) {
        List<ResellerSummary> summaries = new ArrayList<>();
        for (CustomerTotal total : totals) {
            ResellerSummary last = summaries.isEmpty() ? null : summaries.get(summaries.size() - 1);
            if (last == null || !Objects.equals(last.resellerTenantId, total.resellerTenantId())) {
                last = new ResellerSummary(total.resellerTenantId(), total.resellerName(), total.resellerMpnId(),
                        new ArrayList<>());
                summaries.add(last);
            }
            last.customers.add(total);
        }
        return summaries;
    }
}
