package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code SpendingBudget}: no budgets are set in this system yet, so its amount is null. */
public record SpendingBudgetView(BigDecimal amount, ResourceAttributes attributes) {

    static SpendingBudgetView none() {
        return new SpendingBudgetView(null, ResourceAttributes.of("SpendingBudget"));
    }
}
