package org.partnercenter.gateway.me;

import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * {@code GET /v1/me}: who the caller is and what it may do. {@code features} are commons' {@code Feature}s the
 * caller's roles and partner type allow, in their wire names, so a client never restates the role matrix.
 */
public record MeView(User user, Organization partner, List<String> roles, List<String> features,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Me";

    /** The signed-in user, or the application signed in with its own credentials. */
    public record User(String id, String userPrincipalName, boolean application) {
    }

    /** The caller's organisation: a partner, or the operator. */
    public record Organization(UUID tenantId, String name, String partnerType, UUID providerTenantId) {
    }
}
