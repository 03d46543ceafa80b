package org.partnercenter.cli.customer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import org.partnercenter.cli.http.Etags;
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
     * The API needs an etag in If-Match. A file saved from {@code get -o json} carries the etag it was read with, and
     * that one is sent: a change someone else made since then is refused (code 2055) instead of being overwritten. A
     * file without one is taken as meant for the profile as it is now, whose etag is read just before the PUT.
     */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Replace a customer's billing profile with the one in FILE (JSON).")
    static final class Set extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID id;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The billing profile as JSON "
                + "('-' for stdin); its attributes.etag, if any, must still be the profile's.")
        Path file;

        @Override
        public Integer call() {
            JsonNode profile = JsonFile.read(file);
            String path = "/customers/" + id + "/profiles/billing";
            String etag = Etags.of(profile);
            if (etag.isEmpty()) {
                etag = Etags.of(api().get(path));
            }
            if (etag.isEmpty()) {
                throw new CliFailure(ExitCodes.REFUSED, "the API gave no etag for the billing profile of " + id);
            }
            printer().one(api().send("PUT", path, profile, Etags.ifMatch(etag)).body());
            return ExitCodes.DONE;
        }
    }
}
