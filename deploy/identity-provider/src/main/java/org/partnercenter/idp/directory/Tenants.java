package org.partnercenter.idp.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnercenter.idp.error.AadErrors;

/** Reads the tenant segment of a URL the way Azure AD does: a tenant id, or a multi-tenant alias. */
@ApplicationScoped
public class Tenants {

    /** What Azure AD's multi-tenant discovery documents put in place of the tenant id in the issuer. */
    public static final String TENANT_PLACEHOLDER = "{tenantid}";

    private static final Pattern GUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> MULTI_TENANT_ALIASES = Set.of("common", "organizations");

    private final DirectoryStore store;

    Tenants(DirectoryStore store) {
        this.store = store;
    }

    /** A tenant id in which something may be created: any GUID, whether or not the tenant exists yet. */
    public String requireGuid(String segment) {
        return guid(segment).orElseThrow(() -> AadErrors.tenantIdNotGuid(segment));
    }

    /** An existing tenant, as the token endpoints need: they cannot guess a tenant from an alias. */
    public String requireExisting(String segment) {
        if (isAlias(segment)) {
            throw AadErrors.noTenantInformation();
        }
        return existing(segment);
    }

    /**
     * The tenant of a discovery document or JWKS: an existing tenant, or {@code common} and
     * {@code organizations}, whose issuer Azure AD publishes as a template with a placeholder.
     */
    public DiscoveryTenant forDiscovery(String segment) {
        if (isAlias(segment)) {
            return new DiscoveryTenant(segment.toLowerCase(Locale.ROOT), TENANT_PLACEHOLDER);
        }
        String tenantId = existing(segment);
        return new DiscoveryTenant(tenantId, tenantId);
    }

    /**
     * The tenant an interactive sign-in or its token redemption is pinned to: the tenant id of a tenant
     * authority, or empty for {@code common} and {@code organizations}, where the user's tenant decides.
     */
    public Optional<String> signInTenant(String segment) {
        return isAlias(segment) ? Optional.empty() : Optional.of(existing(segment));
    }

    private String existing(String segment) {
        return guid(segment)
                .filter(id -> store.current().tenant(id).isPresent())
                .orElseThrow(() -> AadErrors.invalidTenant(segment));
    }

    public static boolean isAlias(String segment) {
        return MULTI_TENANT_ALIASES.contains(segment.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> guid(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return GUID.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
    }
}
