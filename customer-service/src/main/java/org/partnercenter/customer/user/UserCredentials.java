package org.partnercenter.customer.user;

import com.fasterxml.jackson.annotation.JsonView;
import org.partnercenter.commons.request.ReplayViews;

/**
 * The real API's {@code UserCredentials}, answered once by customer creation: the admin user's name and the
 * password the directory was given. The password is never stored, not even in the idempotency record
 * ({@link ReplayViews.ShownOnce}): a replay of the creation answers the credentials without it.
 */
public record UserCredentials(String userName, @JsonView(ReplayViews.ShownOnce.class) String password) {
}
