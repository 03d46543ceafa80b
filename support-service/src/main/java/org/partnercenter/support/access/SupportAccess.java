package org.partnercenter.support.access;

import static org.partnercenter.commons.caller.Roles.ADMIN_AGENT;
import static org.partnercenter.commons.caller.Roles.BILLING_ADMIN;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.HELPDESK_AGENT;
import static org.partnercenter.commons.caller.Roles.OPERATOR_SUPPORT;
import static org.partnercenter.commons.caller.Roles.SALES_AGENT;
import static org.partnercenter.commons.caller.Roles.USER_ADMIN;

import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/**
 * DESIGN.md's rules for service requests. The gateway enforces them first; this service checks again
 * (defence in depth), and adds what only it can tell apart: what the partner and what support may change.
 */
public final class SupportAccess {

    private static final String[] PARTNER_READERS = {GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
        BILLING_ADMIN, USER_ADMIN};
    private static final String[] PARTNER_WRITERS = {GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, BILLING_ADMIN,
        USER_ADMIN};

    private SupportAccess() {
    }

    public static void read(Caller caller) {
        refuseResellers(caller);
        caller.requireAnyRole(caller.isOperator() ? new String[] {OPERATOR_SUPPORT} : PARTNER_READERS);
    }

    /** Notes and status changes: the partner's writers, and support on the escalated requests it sees. */
    public static void update(Caller caller) {
        refuseResellers(caller);
        caller.requireAnyRole(caller.isOperator() ? new String[] {OPERATOR_SUPPORT} : PARTNER_WRITERS);
    }

    /** Opening, escalating and changing the severity are the partner's acts. */
    public static void partnerWrite(Caller caller) {
        refuseResellers(caller);
        if (caller.isOperator()) {
            throw ApiException.forbidden(ErrorCodes.ROLE_NOT_ALLOWED, "Only the partner opens, escalates or changes "
                    + "the severity of a service request; support adds notes and sets the status.");
        }
        caller.requireAnyRole(PARTNER_WRITERS);
    }

    /** The support-topic catalogue is support's to extend. */
    public static void manageTopics(Caller caller) {
        refuseResellers(caller);
        if (!caller.isOperator()) {
            throw ApiException.roleNotAllowed();
        }
        caller.requireAnyRole(OPERATOR_SUPPORT);
    }

    private static void refuseResellers(Caller caller) {
        if (caller.partnerType() == PartnerType.INDIRECT_RESELLER) {
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, "Indirect resellers do not have service requests "
                    + "here: use your indirect provider's solution for it.");
        }
    }
}
