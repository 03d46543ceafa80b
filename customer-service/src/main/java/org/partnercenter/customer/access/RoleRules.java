package org.partnercenter.customer.access;

import static org.partnercenter.commons.caller.Roles.ADMIN_AGENT;
import static org.partnercenter.commons.caller.Roles.BILLING_ADMIN;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.HELPDESK_AGENT;
import static org.partnercenter.commons.caller.Roles.OPERATOR_ADMIN;
import static org.partnercenter.commons.caller.Roles.SALES_AGENT;

import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/**
 * DESIGN.md's role table for this service's routes. The gateway enforces it first; this service checks
 * again so that a routing mistake there cannot let, say, a helpdesk agent change subscriptions.
 */
public final class RoleRules {

    private RoleRules() {
    }

    public static void readCustomers(Caller caller) {
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, OPERATOR_ADMIN);
    }

    /** Creating and deleting customers; operators read customers but never manage them. */
    public static void manageCustomers(Caller caller) {
        partnerOnly(caller);
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT);
    }

    /** Helpdesk agents may edit a customer's details, nothing more. */
    public static void editCustomerDetails(Caller caller) {
        partnerOnly(caller);
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT);
    }

    public static void changeSubscriptions(Caller caller) {
        partnerOnly(caller);
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT);
    }

    public static void readUsage(Caller caller) {
        if (caller.partnerType() == PartnerType.INDIRECT_RESELLER) {
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, "Indirect resellers have no access to Azure usage: "
                    + "your indirect provider sees your customers' usage and bills you for it.");
        }
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN, OPERATOR_ADMIN);
    }

    public static void feedUsage(Caller caller) {
        if (!caller.isOperator()) {
            throw ApiException.roleNotAllowed();
        }
        caller.requireAnyRole(OPERATOR_ADMIN);
    }

    private static void partnerOnly(Caller caller) {
        if (caller.isOperator()) {
            throw ApiException.roleNotAllowed();
        }
    }
}
