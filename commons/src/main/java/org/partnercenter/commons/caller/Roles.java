package org.partnercenter.commons.caller;

/** The role names carried in the internal token, as DESIGN.md's tables name them. */
public final class Roles {

    public static final String GLOBAL_ADMIN = "global_admin";
    public static final String ADMIN_AGENT = "admin_agent";
    public static final String SALES_AGENT = "sales_agent";
    public static final String HELPDESK_AGENT = "helpdesk_agent";
    public static final String BILLING_ADMIN = "billing_admin";
    public static final String USER_ADMIN = "user_admin";
    public static final String OPERATOR_ADMIN = "operator_admin";
    public static final String OPERATOR_SUPPORT = "operator_support";

    private Roles() {
    }
}
