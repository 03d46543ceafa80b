package org.partnercenter.commons.caller;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** The directory of a service that does not track reseller relationships. */
@DefaultBean
@ApplicationScoped
public class NoResellers implements ResellerDirectory {

    @Override
    public Set<UUID> resellersOf(UUID providerTenantId) {
        return Set.of();
    }
}
