package org.partnercenter.commons.caller;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;

/**
 * The partner tenants whose rows the caller may see: its own, its resellers' for an indirect provider,
 * every tenant for the operator. Services filter every query and re-check every row with it, so a bug
 * in the gateway's routing still cannot show one partner another's data.
 */
public record CallerScope(boolean unrestricted, Set<UUID> partnerTenantIds) {

    public static final String PARAMETER = "scopeTenantIds";

    public CallerScope {
        partnerTenantIds = Set.copyOf(partnerTenantIds);
    }

    /** A JPQL condition on {@code attribute} (e.g. {@code e.partnerTenantId}), bound by {@link #parameters()}. */
    public String condition(String attribute) {
        return unrestricted ? "1 = 1" : attribute + " in :" + PARAMETER;
    }

    public Map<String, Object> parameters() {
        return unrestricted ? Map.of() : Map.of(PARAMETER, partnerTenantIds);
    }

    public boolean permits(UUID ownerTenantId) {
        return unrestricted || partnerTenantIds.contains(ownerTenantId);
    }

    /** Answers 404 for a row outside the scope: never reveal that it exists. */
    public <T> T require(UUID ownerTenantId, T row, String notFoundDescription) {
        if (row == null || !permits(ownerTenantId)) {
            throw ApiException.notFound(notFoundDescription);
        }
        return row;
    }
}
