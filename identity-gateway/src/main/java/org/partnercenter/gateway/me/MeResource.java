package org.partnercenter.gateway.me;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.Feature;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.gateway.partner.PartnerOrganization;
import org.partnercenter.gateway.partner.PartnerProfiles;

/** The signed-in caller, its organisation, roles and the features they allow: what the portal's shell shows. */
@Path("/v1/me")
public class MeResource {

    private final CallerContext callers;
    private final PartnerProfiles profiles;

    MeResource(CallerContext callers, PartnerProfiles profiles) {
        this.callers = callers;
        this.profiles = profiles;
    }

    @GET
    @Operation(summary = "Who is signed in and what it may do", description = "Any signed-in caller. features: "
            + "the wire names of what the caller's roles and partner type allow (customers.read, invoices.read, ...).")
    public MeView me() {
        Caller caller = callers.caller();
        PartnerOrganization organization = profiles.own(caller.partnerTenantId());
        return new MeView(new MeView.User(caller.objectId(), caller.userPrincipalName(), caller.application()),
                new MeView.Organization(organization.tenantId, organization.name,
                        WireEnums.wireName(caller.partnerType()), organization.providerTenantId),
                caller.roles().stream().sorted().toList(),
                Arrays.stream(Feature.values()).filter(feature -> feature.allows(caller)).map(Feature::wire).toList(),
                ResourceAttributes.of(MeView.OBJECT_TYPE));
    }
}
