package org.partnercenter.deploy.report;

import java.util.List;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.demo.DemoUser;
import org.partnercenter.deploy.identity.OperatorAdmin;

/**
 * How a developer signs in: the operator's admin and each demo partner's global admin, with a curl line
 * each that gets a token (password grant) and calls the gateway with it.
 */
public final class SignInLines {

    /** This API's audience in Azure AD; a token for it is asked for with the scope {audience}/.default. */
    public static final String AUDIENCE = "https://api.partnercenter.microsoft.com";

    private final StackConfig config;

    SignInLines(StackConfig config) {
        this.config = config;
    }

    void printOperator(OperatorAdmin admin) {
        Console.line("Operator admin (tenant " + admin.tenantId() + "): " + admin.userPrincipalName() + " / "
                + admin.password().orElse("<its earlier password>")
                + admin.totpSecret().map(secret -> ", portal sign-in code: " + codeCommand(secret)).orElse(""));
        Console.line("List the partners as the operator (a token by the password grant, then the gateway):");
        Console.line("  " + apiCommand("/v1/partners", admin.tenantId(), admin.userPrincipalName(),
                admin.password().orElse("<password>")));
        Console.line("");
    }

    /** One partner a line, and a curl line that lists its customers as its global admin. */
    void printPartners(List<DemoPartner> partners) {
        if (partners.isEmpty()) {
            return;
        }
        Console.line("Demo partners (every user, password, TOTP secret and role: " + config.root().relativize(
                config.workDir().resolve("stack.json")) + "):");
        for (DemoPartner partner : partners) {
            DemoUser admin = partner.globalAdmin();
            Console.line(String.format("  %-24s %-17s tenant %s  %s / %s", partner.name(), partner.partnerType(),
                    partner.tenantId(), admin.userPrincipalName(), admin.password()));
            Console.line("    " + apiCommand("/v1/customers", partner.tenantId(), admin.userPrincipalName(),
                    admin.password()));
            if (admin.totpSecret() != null) {
                Console.line("    portal sign-in code: " + codeCommand(admin.totpSecret()));
            }
        }
        Console.line("");
    }

    /** The user's current TOTP code (RFC 6238: SHA-1, 6 digits, 30 s), which the portal's MFA step asks for. */
    static String codeCommand(String totpSecret) {
        return "oathtool --totp -b " + totpSecret;
    }

    /**
     * Needs only curl and sed, which every developer machine has: the token is cut out of the provider's
     * JSON answer, whose members are written without spaces.
     */
    String apiCommand(String path, String tenantId, String userPrincipalName, String password) {
        String tokenRequest = "curl -s " + config.authority() + "/" + tenantId + "/oauth2/v2.0/token"
                + " -d grant_type=password -d client_id=local-stack"
                + " -d username=" + userPrincipalName
                + " -d password=" + password
                + " -d scope=" + AUDIENCE + "/.default";
        return "curl -s " + config.gateway().url() + path + " -H \"Authorization: Bearer $(" + tokenRequest
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\"";
    }
}
