package org.partnercenter.commons.caller;

/**
 * The claims of the internal token that the gateway signs and every service checks. One definition, so
 * the minting and the reading side cannot drift apart.
 */
public final class InternalTokenClaims {

    /** The audience of internal tokens: only our services accept them. */
    public static final String AUDIENCE = "partner-center-services";
    public static final String PARTNER_TENANT_ID = "tid";
    public static final String PARTNER_TYPE = "ptype";
    public static final String OBJECT_ID = "oid";
    public static final String USER_PRINCIPAL_NAME = "upn";
    /** {@code app} for an application (app-only token), {@code user} for a signed-in user. */
    public static final String IDENTITY_TYPE = "idtyp";
    public static final String CORRELATION_ID = "cid";
    /** Roles travel in the MicroProfile JWT {@code groups} claim so that {@code @RolesAllowed} works too. */
    public static final String ROLES = "groups";

    private InternalTokenClaims() {
    }
}
