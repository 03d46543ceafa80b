package org.partnercenter.commons.events;

/** Some rows of a batch were not acknowledged by Kafka; they stay in the outbox and are sent again. */
public class OutboxDeliveryException extends Exception {

    public OutboxDeliveryException(int unsent, Throwable cause) {
        super(unsent + " outbox rows were not acknowledged by Kafka and will be retried", cause);
    }
}
