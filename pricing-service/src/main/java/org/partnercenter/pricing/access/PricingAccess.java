package org.partnercenter.pricing.access;

import static org.partnercenter.commons.caller.Roles.ADMIN_AGENT;
import static org.partnercenter.commons.caller.Roles.BILLING_ADMIN;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.OPERATOR_ADMIN;
import static org.partnercenter.commons.caller.Roles.SALES_AGENT;

import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/**
 * DESIGN.md's role table for CSP pricing. The gateway enforces it first; this service checks again so that a
 * routing mistake there cannot show prices to a reseller or let a partner publish a price list.
 */
public final class PricingAccess {

    private PricingAccess() {
    }

    /** Rate cards, price lists, exchange rates and charges: read by partners' pricing roles and the operator. */
    public static void read(Caller caller) {
        if (caller.partnerType() == PartnerType.INDIRECT_RESELLER) {
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, "Indirect resellers do not have CSP pricing here: "
                    + "use your indirect provider's solution for it.");
        }
        caller.requireAnyRole(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, BILLING_ADMIN, OPERATOR_ADMIN);
    }

    /** Price lists and exchange rates are published by the operator alone. */
    public static void publish(Caller caller) {
        if (!caller.isOperator()) {
            throw ApiException.roleNotAllowed();
        }
        caller.requireAnyRole(OPERATOR_ADMIN);
    }
}
