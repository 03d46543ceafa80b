package org.partnercenter.billing.invoice;

/** A close that would issue something that does not add up: its words go on the failed operation. */
public final class InvariantViolation extends RuntimeException {

    InvariantViolation(String message) {
        super(message);
    }
}
