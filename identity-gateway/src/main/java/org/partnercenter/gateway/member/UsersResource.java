package org.partnercenter.gateway.member;

import jakarta.ws.rs.Path;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/users")
@IdempotentWrite
public class UsersResource extends MembersResource {

    UsersResource(MemberService members, RoleChangeService roleChanges, CallerContext callers, PagingConfig paging) {
        super(members, roleChanges, callers, paging);
    }

    @Override
    protected PartnerMember.Kind kind() {
        return PartnerMember.Kind.USER;
    }

    @Override
    protected String collection() {
        return "/users";
    }
}
