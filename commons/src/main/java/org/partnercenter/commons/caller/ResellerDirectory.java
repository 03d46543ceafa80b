package org.partnercenter.commons.caller;

import java.util.Set;
import java.util.UUID;

/**
 * Which indirect resellers an indirect provider works with. A service that learns the relationships from
 * the {@code partners} topic provides a bean of its own; without one, a provider sees only its own rows.
 */
public interface ResellerDirectory {

    Set<UUID> resellersOf(UUID providerTenantId);
}
