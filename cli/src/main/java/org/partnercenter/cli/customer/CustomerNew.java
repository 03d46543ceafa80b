package org.partnercenter.cli.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** New-PartnerCustomer: the body from flags, or whole from a JSON file in the API's (or the docs') shape. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a customer (New-PartnerCustomer).")
final class CustomerNew extends CliCommand {

    @Option(names = "--file", paramLabel = "FILE", description = "The request body as JSON ('-' for stdin); no flags then.")
    Path file;

    @ArgGroup(exclusive = false, heading = "%nFrom flags:%n")
    CustomerFlags flags;

    @Override
    public Integer call() {
        if ((file == null) == (flags == null)) {
            throw CliFailure.usage("give either --file or the customer's flags (--company-name, --domain, ...)");
        }
        JsonNode body = file != null ? JsonFile.read(file) : flags.body();
        printer().one(api().send("POST", "/customers", body, Map.of()).body());
        return ExitCodes.DONE;
    }

    static final class CustomerFlags {
        @Option(names = "--company-name", required = true) String companyName;
        @Option(names = "--domain", required = true, description = "e.g. contoso.onmicrosoft.com") String domain;
        @Option(names = "--email", required = true) String email;
        @Option(names = "--first-name", required = true) String firstName;
        @Option(names = "--last-name", required = true) String lastName;
        @Option(names = "--address-line1", required = true) String addressLine1;
        @Option(names = "--city", required = true) String city;
        @Option(names = "--state") String state;
        @Option(names = "--postal-code", required = true) String postalCode;
        @Option(names = "--country", required = true, description = "ISO 3166 two letters, e.g. US") String country;
        @Option(names = "--culture", defaultValue = "en-US") String culture;
        @Option(names = "--language", defaultValue = "en") String language;
        @Option(names = "--reseller", paramLabel = "TENANT_ID", description = "An indirect provider's reseller to create it for.")
        String reseller;

        ObjectNode body() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode address = f.objectNode().put("firstName", firstName).put("lastName", lastName)
                    .put("addressLine1", addressLine1).put("city", city).put("postalCode", postalCode)
                    .put("country", country);
            if (state != null) {
                address.put("state", state);
            }
            ObjectNode body = f.objectNode();
            body.putObject("companyProfile").put("domain", domain);
            ObjectNode billing = body.putObject("billingProfile").put("companyName", companyName).put("email", email)
                    .put("culture", culture).put("language", language);
            billing.set("defaultAddress", address);
            if (reseller != null) {
                body.put("associatedPartnerId", reseller);
            }
            return body;
        }
    }
}
