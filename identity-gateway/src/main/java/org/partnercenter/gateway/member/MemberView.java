package org.partnercenter.gateway.member;

import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** A partner user or application on the wire, with its roles. */
public record MemberView(String id, String userPrincipalName, String displayName, List<RoleView> roles,
        Instant createdDate, Links links, ResourceAttributes attributes) {

    /** A role as the real API shapes directory roles. */
    public record RoleView(String id, String name, ResourceAttributes attributes) {
        static RoleView of(String role) {
            String name = role.substring(0, 1).toUpperCase() + role.substring(1).replace('_', ' ');
            return new RoleView(role, name, ResourceAttributes.of("DirectoryRole"));
        }
    }

    static MemberView of(PartnerMember member) {
        boolean user = member.kind == PartnerMember.Kind.USER;
        String collection = user ? "/users/" : "/applications/";
        return new MemberView(member.memberId, user ? member.displayName : null, user ? null : member.displayName,
                member.roles.stream().sorted().map(RoleView::of).toList(), member.createdAt,
                Links.self(collection + member.memberId),
                ResourceAttributes.of(user ? "PartnerUser" : "PartnerApplication"));
    }
}
