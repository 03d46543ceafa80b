package org.partnercenter.deploy;

/** How a developer signs in as the operator's admin: the credentials and a curl line that uses them. */
final class OperatorSignIn {

    /** This API's audience in Azure AD; a token for it is asked for with the scope {audience}/.default. */
    static final String AUDIENCE = "https://api.partnercenter.microsoft.com";

    private final StackConfig config;
    private final OperatorAdmin admin;

    OperatorSignIn(StackConfig config, OperatorAdmin admin) {
        this.config = config;
        this.admin = admin;
    }

    void print() {
        Console.line("Operator admin (tenant " + admin.tenantId() + "): " + admin.userPrincipalName() + " / "
                + admin.password().orElse("<its earlier password>"));
        Console.line("List the partners as the operator (a token by the password grant, then the gateway):");
        Console.line("  " + listPartnersCommand());
        Console.line("");
    }

    /**
     * Needs only curl and sed, which every developer machine has: the token is cut out of the provider's
     * JSON answer, whose members are written without spaces.
     */
    String listPartnersCommand() {
        String tokenRequest = "curl -s " + config.authority() + "/" + admin.tenantId() + "/oauth2/v2.0/token"
                + " -d grant_type=password -d client_id=local-stack"
                + " -d username=" + admin.userPrincipalName()
                + " -d password=" + admin.password().orElse("<password>")
                + " -d scope=" + AUDIENCE + "/.default";
        return "curl -s " + config.gateway().url() + "/v1/partners -H \"Authorization: Bearer $(" + tokenRequest
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\"";
    }
}
