package org.partnercenter.billing.payment;

/** An invoice's payment status, written {@code unpaid}, {@code partially_paid}, {@code paid}, {@code overdue}. */
public enum PaymentStatus {
    /** Nothing paid or credited yet, not due yet. */
    UNPAID,
    /** Part of it paid or covered by credit, the rest not due yet. */
    PARTIALLY_PAID,
    /** Its balance is 0. */
    PAID,
    /** Past its due date and not fully paid. */
    OVERDUE
}
