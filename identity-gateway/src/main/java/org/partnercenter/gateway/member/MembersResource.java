package org.partnercenter.gateway.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;
import org.partnercenter.commons.paging.Links;

/**
 * The caller's own organisation's users or applications and their roles; {@link UsersResource} and
 * {@link ApplicationsResource} differ only in the kind of member. Global admins and user admins only
 * (checked by the route table); who may change which roles is {@link RoleChangeRules}.
 */
public abstract class MembersResource {

    private final MemberService members;
    private final RoleChangeService roleChanges;
    private final CallerContext callers;
    private final PagingConfig paging;

    protected MembersResource(MemberService members, RoleChangeService roleChanges, CallerContext callers,
            PagingConfig paging) {
        this.members = members;
        this.roleChanges = roleChanges;
        this.callers = callers;
        this.paging = paging;
    }

    protected abstract PartnerMember.Kind kind();

    protected abstract String collection();

    @POST
    public Response create(@Valid @NotNull NewMember member) {
        PartnerMember created = members.create(tenant(), member.id(), kind(), member.name());
        return Response.created(URI.create("/v1" + collection() + "/" + created.memberId))
                .entity(MemberView.of(created)).build();
    }

    @GET
    public ResourceCollection<MemberView> list(@QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        return CollectionLinks.collection(uri, members.list(tenant(), kind(),
                PageRequest.of(size, continuation, paging.limits("members"))).map(MemberView::of));
    }

    @GET
    @Path("/{id}")
    public MemberView get(@PathParam("id") String id) {
        return MemberView.of(members.get(tenant(), kind(), id));
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        roleChanges.remove(callers.caller(), kind(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/roles")
    public ResourceCollection<MemberView.RoleView> roles(@PathParam("id") String id) {
        var roles = MemberView.of(members.get(tenant(), kind(), id)).roles();
        return ResourceCollection.of(roles, Links.self(collection() + "/" + id + "/roles"));
    }

    /** The body is validated after the caller's right to change this member is checked. */
    @POST
    @Path("/{id}/roles")
    public Response grant(@PathParam("id") String id, RoleGrant request) {
        String role = roleChanges.grant(callers.caller(), kind(), id, request);
        return Response.created(URI.create("/v1" + collection() + "/" + id + "/roles/" + role))
                .entity(MemberView.RoleView.of(role)).build();
    }

    @DELETE
    @Path("/{id}/roles/{role}")
    public Response revoke(@PathParam("id") String id, @PathParam("role") String role) {
        roleChanges.revoke(callers.caller(), kind(), id, role);
        return Response.noContent().build();
    }

    private UUID tenant() {
        return callers.caller().partnerTenantId();
    }
}
