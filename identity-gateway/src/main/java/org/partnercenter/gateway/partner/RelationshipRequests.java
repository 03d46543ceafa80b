package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.input.TextKind;

/**
 * The link a customer follows to take a partner as its reseller, as the real API words it: a direct partner or
 * provider invites for itself ({@code invType=ResellerRelationship}); an indirect reseller's link names its provider
 * too ({@code IndirectResellerRelationship}, {@code indirectCSPId}), and a provider gets that link on behalf of one
 * of its own resellers with {@code indirectResellerId}.
 */
@ApplicationScoped
public class RelationshipRequests {

    static final String RESELLER_PARAMETER = "indirectResellerId";
    static final String PROVIDER_PARAMETER = "indirectCloudSolutionProviderId";

    private final PartnerProfiles organizations;
    private final RelationshipRequestConfig config;

    RelationshipRequests(PartnerProfiles organizations, RelationshipRequestConfig config) {
        this.organizations = organizations;
        this.config = config;
    }

    @Transactional
    public RelationshipRequestView link(UUID tenantId, String indirectResellerId, String indirectProviderId) {
        PartnerOrganization caller = organizations.own(tenantId);
        UUID reseller = guid(RESELLER_PARAMETER, indirectResellerId);
        UUID provider = guid(PROVIDER_PARAMETER, indirectProviderId);
        if (reseller != null) {
            return RelationshipRequestView.of(indirectLink(resellerOf(caller, reseller), caller.tenantId));
        }
        if (caller.partnerType == PartnerType.INDIRECT_RESELLER) {
            if (provider != null && !provider.equals(caller.providerTenantId)) {
                throw ApiException.notFound("Indirect provider " + provider + " is not this reseller's provider.");
            }
            return RelationshipRequestView.of(indirectLink(caller.tenantId, caller.providerTenantId));
        }
        if (provider != null) {
            throw ApiException.badRequest("'" + PROVIDER_PARAMETER + "' is for indirect resellers, naming their "
                    + "provider: leave it out.", List.of(PROVIDER_PARAMETER));
        }
        return RelationshipRequestView.of(link("invType=ResellerRelationship&partnerId=" + caller.tenantId));
    }

    private UUID resellerOf(PartnerOrganization caller, UUID reseller) {
        if (caller.partnerType != PartnerType.INDIRECT_PROVIDER) {
            throw ApiException.badRequest("'" + RESELLER_PARAMETER + "' is for indirect providers, asking on behalf "
                    + "of one of their resellers: leave it out.", List.of(RESELLER_PARAMETER));
        }
        PartnerOrganization found = PartnerOrganization.findById(reseller);
        if (found == null || !caller.tenantId.equals(found.providerTenantId)) {
            throw ApiException.notFound("No indirect reseller " + reseller + " is registered under this provider.");
        }
        return found.tenantId;
    }

    private URI indirectLink(UUID reseller, UUID provider) {
        return link("invType=IndirectResellerRelationship&partnerId=" + reseller + "&indirectCSPId=" + provider);
    }

    private URI link(String query) {
        String origin = config.portalOrigin().toString().replaceAll("/+$", "");
        return URI.create(origin + "/partner/invite?" + query);
    }

    private static UUID guid(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (TextKind.GUID.problem(text.strip()) != null) {
            throw ApiException.badRequest("'" + parameter + "' has the value '" + Excerpt.of(text) + "', which is "
                    + "not a tenant id (a GUID such as 11111111-2222-3333-4444-555555555555).", List.of(parameter));
        }
        return UUID.fromString(text.strip());
    }
}
