package org.partnercenter.cli.customer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Get-/Set-PartnerCustomerBillingProfile. */
@Command(name = "billing-profile", mixinStandardHelpOptions = true, description = "A customer's billing profile.",
        subcommands = {BillingProfileCommand.Get.class, BillingProfileCommand.Set.class})
public final class BillingProfileCommand {

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a customer's billing profile.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID id;

        @Override
        public Integer call() {
            printer().one(api().get("/customers/" + id + "/profiles/billing"));
            return ExitCodes.DONE;
        }
    }

    /**
     * The API needs the current etag in If-Match: it is read just before the PUT, so the user never handles it,
     * and a change made by someone else in between still fails (code 2055) rather than being overwritten silently.
     */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Replace a customer's billing profile with the one in FILE (JSON).")
    static final class Set extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID id;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The billing profile as JSON ('-' for stdin).")
        Path file;

        @Override
        public Integer call() {
            JsonNode profile = JsonFile.read(file);
            String path = "/customers/" + id + "/profiles/billing";
            String etag = api().get(path).path("attributes").path("etag").asText("");
            if (etag.isEmpty()) {
                throw new CliFailure(ExitCodes.REFUSED, "the API gave no etag for the billing profile of " + id);
            }
            String quoted = etag.startsWith("\"") ? etag : "\"" + etag + "\"";
            printer().one(api().send("PUT", path, profile, Map.of("If-Match", quoted)).body());
            return ExitCodes.DONE;
        }
    }
}
