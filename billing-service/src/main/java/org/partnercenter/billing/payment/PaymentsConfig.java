package org.partnercenter.billing.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Payments and payment status ({@code partner-center.billing.payments.*}). */
@ConfigMapping(prefix = "partner-center.billing.payments")
public interface PaymentsConfig {

    /**
     * When the overdue check announces the invoices past their due date and not fully paid (Quartz-style cron, UTC;
     * {@code off} stops it): by default at the start of every hour. Statuses do not wait for it: an invoice reads
     * {@code overdue} as soon as its due date is past.
     */
    @WithDefault("0 0 * * * ?")
    String overdueCheck();

    /** How many invoices one transaction of the check marks. */
    @WithDefault("500")
    int overdueBatch();
}
