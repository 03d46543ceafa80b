package org.partnercenter.cli;

import java.util.Optional;
import org.partnercenter.cli.stack.StackFile;

/**
 * Where the API and the identity provider are, and which app signs in: an option first, then the local stack's
 * stack.json, then the environment, so a developer with ./run-stack up types no URL at all.
 */
public record Endpoints(String api, String authority, String audience, Optional<String> cliClientId) {

    /** Azure AD's resource id of the Partner Center API, which tokens must name as their audience. */
    public static final String DEFAULT_AUDIENCE = "https://api.partnercenter.microsoft.com";

    public static Endpoints resolve(GlobalOptions options, CliEnvironment env) {
        Optional<StackFile> stack = StackFile.find(env);
        String api = first(options.api, stack.flatMap(s -> s.text("gatewayUrl")), env.variable("PARTNERCENTER_API"));
        String authority = first(options.authority, stack.flatMap(s -> s.text("authority")),
                env.variable("PARTNERCENTER_AUTHORITY"));
        String audience = stack.flatMap(s -> s.text("audience")).or(() -> env.variable("PARTNERCENTER_AUDIENCE"))
                .orElse(DEFAULT_AUDIENCE);
        return new Endpoints(api == null ? null : trimApi(api), authority == null ? null : trimSlash(authority),
                audience, stack.flatMap(s -> s.text("cliClientId")));
    }

    public String requireApi() {
        if (api == null) {
            throw CliFailure.usage("no API address: pass --api URL or set PARTNERCENTER_API (or start ./run-stack)");
        }
        return api;
    }

    public String requireAuthority() {
        if (authority == null) {
            throw CliFailure.usage("no sign-in authority: pass --authority URL or set PARTNERCENTER_AUTHORITY"
                    + " (or start ./run-stack)");
        }
        return authority;
    }

    private static String first(String option, Optional<String> stack, Optional<String> env) {
        return option != null && !option.isBlank() ? option : stack.or(() -> env).orElse(null);
    }

    /** Both https://host and https://host/v1 are accepted: paths are always sent under /v1. */
    private static String trimApi(String url) {
        String trimmed = trimSlash(url);
        return trimmed.endsWith("/v1") ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
    }

    private static String trimSlash(String url) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
