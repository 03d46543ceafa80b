package org.partnercenter.cli;

import org.partnercenter.cli.output.OutputFormat;
import picocli.CommandLine.Option;

/** The options every command takes (a picocli mixin), after the command's name: {@code customer list -o json}. */
public final class GlobalOptions {

    @Option(names = "--api", paramLabel = "URL",
            description = "The API's base URL (without /v1). Default: gatewayUrl of the local stack's stack.json, "
                    + "else $PARTNERCENTER_API.")
    public String api;

    @Option(names = "--authority", paramLabel = "URL",
            description = "The sign-in authority (Azure AD's https://login.microsoftonline.com). Default: authority "
                    + "of stack.json, else $PARTNERCENTER_AUTHORITY.")
    public String authority;

    @Option(names = "--tenant", paramLabel = "TENANT",
            description = "The tenant to sign in to (default: organizations; $PARTNERCENTER_TENANT for app-only).")
    public String tenant;

    @Option(names = "--access-token", paramLabel = "TOKEN",
            description = "Use this access token and skip the token cache.")
    public String accessToken;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    public OutputFormat output;

    @Option(names = "--all", description = "Follow every page of a list (else only the first one).")
    public boolean all;

    @Option(names = "--debug", description = "Show the HTTP exchange on stderr (never tokens or secrets).")
    public boolean debug;
}
