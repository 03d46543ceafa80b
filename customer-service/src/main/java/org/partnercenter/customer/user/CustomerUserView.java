package org.partnercenter.customer.user;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code CustomerUser} (the SDKs' {@code User} plus {@code usageLocation}). Read-only here:
 * {@code passwordProfile} is never answered, as in the real API's reads.
 */
public record CustomerUserView(UUID id, String userPrincipalName, String firstName, String lastName,
        String displayName, String immutableId, Instant lastDirectorySyncTime, Object passwordProfile,
        String phoneNumber, Instant softDeletionTime, State state, UserDomainType userDomainType,
        String usageLocation, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "CustomerUser";

    /** The SDKs' {@code UserState}. */
    public enum State {
        ACTIVE,
        INACTIVE
    }

    /** The SDKs' {@code UserDomainType}: users made in the cloud directory are managed. */
    public enum UserDomainType {
        NONE,
        MANAGED,
        FEDERATED
    }

    static CustomerUserView of(CustomerUser user) {
        return new CustomerUserView(user.id, user.userPrincipalName, user.firstName, user.lastName,
                user.displayName, null, null, null, null, null, State.ACTIVE, UserDomainType.MANAGED,
                user.usageLocation, Links.self("/customers/" + user.customerId + "/users/" + user.id),
                ResourceAttributes.of(OBJECT_TYPE));
    }
}
