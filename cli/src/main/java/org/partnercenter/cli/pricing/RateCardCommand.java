package org.partnercenter.cli.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Get-PartnerAzureRateCard (and its -SharedServices switch). */
@Command(name = "ratecard", mixinStandardHelpOptions = true, description = "The Azure rate card: meters and prices.",
        subcommands = {RateCardCommand.Get.class, RateCardCommand.Shared.class})
public final class RateCardCommand {

    /** Both cards have one shape; only the path differs. */
    abstract static class Card extends CliCommand {

        @Mixin
        RateCardQuery query;

        @Option(names = "--region", paramLabel = "AZURE_REGION",
                description = "Only the meters of this Azure region (e.g. 'US East'; any case).")
        String region;

        abstract String path();

        @Override
        public Integer call() {
            JsonNode card = api().get(query.on(path()));
            List<JsonNode> meters = new ArrayList<>();
            card.path("meters").forEach(meter -> {
                if (region == null || meter.path("region").asText().equalsIgnoreCase(region.trim())) {
                    meters.add(meter);
                }
            });
            if (global.output == OutputFormat.json) {
                if (region != null && card instanceof ObjectNode whole) {
                    whole.putArray("meters").addAll(meters); // the card is ours: no copy of every meter
                }
                printer().one(card);
            } else {
                MeterTable.print(printer(), global.output, meters);
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "The Azure rate card's meters (-o json: the whole card as the API answers it).")
    static final class Get extends Card {
        @Override
        String path() {
            return "/ratecards/azure";
        }
    }

    @Command(name = "shared", mixinStandardHelpOptions = true,
            description = "The shared-services rate card's meters (-o json: the whole card).")
    static final class Shared extends Card {
        @Override
        String path() {
            return "/ratecards/azure-shared";
        }
    }
}
