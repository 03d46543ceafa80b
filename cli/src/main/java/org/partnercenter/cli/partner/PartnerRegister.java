package org.partnercenter.cli.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code POST /v1/partners}: the body from flags, or whole from a JSON file (needed for an address). */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Register a partner organisation (an Azure AD tenant) with its first global admin.")
final class PartnerRegister extends CliCommand {

    @Option(names = "--file", paramLabel = "FILE",
            description = "The request body as JSON ('-' for stdin); no flags then.")
    Path file;

    @ArgGroup(exclusive = false, heading = "%nFrom flags:%n")
    RegistrationFlags flags;

    @Override
    public Integer call() {
        if ((file == null) == (flags == null)) {
            throw CliFailure.usage("give either --file or the partner's flags (--tenant-id, --name, --type, ...)");
        }
        JsonNode body = file != null ? JsonFile.read(file) : flags.body();
        printer().one(api().send("POST", "/partners", body, Map.of()).body());
        return ExitCodes.DONE;
    }

    static final class RegistrationFlags {
        @Option(names = "--tenant-id", required = true, paramLabel = "TENANT_ID",
                description = "The partner's Azure AD tenant.")
        UUID tenantId;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--type", required = true, description = "direct, indirect_provider or indirect_reseller.")
        String partnerType;
        @Option(names = "--admin-object-id", required = true, paramLabel = "OBJECT_ID",
                description = "The first global admin's object id in the partner's tenant.")
        String adminObjectId;
        @Option(names = "--admin-upn", required = true, paramLabel = "USER_PRINCIPAL_NAME") String adminUpn;
        @Option(names = "--provider", paramLabel = "TENANT_ID",
                description = "An indirect reseller's indirect provider.")
        UUID provider;
        @Option(names = "--mpn-id") String mpnId;
        @Option(names = "--require-mfa", negatable = true, description = "Whether its users need MFA (default: yes).")
        Boolean requireMfa;
        @Option(names = "--country", description = "ISO 3166 two letters (default: US).") String country;
        @Option(names = "--currency", description = "ISO 4217 three letters (default: USD).") String currency;

        ObjectNode body() {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("tenantId", tenantId.toString())
                    .put("name", name).put("partnerType", partnerType);
            body.putObject("globalAdmin").put("objectId", adminObjectId).put("userPrincipalName", adminUpn);
            if (provider != null) {
                body.put("providerTenantId", provider.toString());
            }
            if (mpnId != null) {
                body.put("mpnId", mpnId);
            }
            if (requireMfa != null) {
                body.put("requireMfa", requireMfa);
            }
            if (country != null) {
                body.put("country", country);
            }
            if (currency != null) {
                body.put("currency", currency);
            }
            return body;
        }
    }
}
