package org.partnercenter.gateway.member;

import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/**
 * DESIGN.md's "who may change roles" (the gateway README's table): nobody changes their own roles, only an
 * administrator grants, revokes or removes the administrator role, and an organisation keeps one user who
 * holds it. The administrator role is {@code global_admin} for a partner and {@code operator_admin} for the
 * operator.
 */
final class RoleChangeRules {

    private RoleChangeRules() {
    }

    static String administratorRole(Caller caller) {
        return caller.isOperator() ? Roles.OPERATOR_ADMIN : Roles.GLOBAL_ADMIN;
    }

    /** The caller is that member: a user by its object id, an application by its app id. */
    static void refuseOwnMember(Caller caller, PartnerMember.Kind kind, String memberId, boolean removal) {
        boolean self = kind == (caller.application() ? PartnerMember.Kind.APPLICATION : PartnerMember.Kind.USER)
                && memberId != null && memberId.equalsIgnoreCase(caller.objectId());
        if (self) {
            String refused = caller.application()
                    ? "An application cannot " + (removal ? "remove itself from" : "change its own roles in")
                    : "Nobody can " + (removal ? "remove themselves from" : "change their own roles in");
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, refused + " the organization: ask "
                    + (caller.isOperator() ? "another operator admin" : "another global admin or user admin")
                    + " to do it.");
        }
    }

    /** Only a holder of the administrator role grants or revokes it. */
    static void requireRightToChange(Caller caller, String role) {
        String administrator = administratorRole(caller);
        if (administrator.equals(role) && !caller.roles().contains(administrator)) {
            throw notAllowed("only " + administratorName(caller) + " may grant or revoke " + administrator + ".");
        }
    }

    /** Removing a member that holds the administrator role revokes it: the same right is needed. */
    static void requireRightToRemove(Caller caller, PartnerMember member) {
        String administrator = administratorRole(caller);
        if (member.roles.contains(administrator) && !caller.roles().contains(administrator)) {
            throw notAllowed("only " + administratorName(caller) + " may remove a member who holds "
                    + administrator + ".");
        }
    }

    /**
     * Only users count: an application's secret can be lost or rotated away, and a person must always be
     * able to sign in and administer the organisation.
     */
    static void keepLastAdministrator(Caller caller, PartnerMember member, long usersHoldingIt) {
        String administrator = administratorRole(caller);
        if (member.kind == PartnerMember.Kind.USER && member.roles.contains(administrator) && usersHoldingIt <= 1) {
            throw ApiException.conflict("User " + member.memberId + " is the last user with " + administrator
                    + " of this organization, which must always keep one: grant " + administrator
                    + " to another user first.");
        }
    }

    private static ApiException notAllowed(String why) {
        return ApiException.forbidden(ErrorCodes.ROLE_NOT_ALLOWED,
                "The supplied role does not have the rights to perform the requested operation: " + why);
    }

    private static String administratorName(Caller caller) {
        return caller.isOperator() ? "an operator admin" : "a global admin";
    }
}
