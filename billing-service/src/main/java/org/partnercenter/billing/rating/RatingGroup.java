package org.partnercenter.billing.rating;

import java.time.LocalDate;
import java.util.UUID;

/** A backlog entry: a subscription's usage of a meter in a billing period, to be rated again from a day on. */
public record RatingGroup(UUID subscriptionId, String meterId, String period, LocalDate fromDay) {
}
