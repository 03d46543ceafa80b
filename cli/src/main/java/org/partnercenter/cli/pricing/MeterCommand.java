package org.partnercenter.cli.pricing;

import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Pages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The rate card's meters a page or one at a time, without downloading the whole card. */
@Command(name = "meter", mixinStandardHelpOptions = true, description = "Meters of the Azure rate card.",
        subcommands = {MeterCommand.ListMeters.class, MeterCommand.Get.class})
public final class MeterCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Find meters of the rate card.")
    static final class ListMeters extends CliCommand {

        @Mixin
        RateCardQuery query;

        @Option(names = "--category", description = "Only this category (exact, any case), e.g. 'Virtual Machines'.")
        String category;

        @Option(names = "--region", paramLabel = "AZURE_REGION",
                description = "Only this meter region, e.g. 'US East' (any case).")
        String region;

        @Option(names = "--name", description = "Only meters whose name starts with this (any case).")
        String name;

        @Option(names = "--size", description = "Meters per page (the API's default 100, at most 1,000).")
        Integer size;

        @Override
        public Integer call() {
            String path = query.on("/ratecards/azure/meters", "category", category, "meterRegion", region,
                    "name", name, "size", size == null ? null : size.toString());
            Pages.Read read = Pages.read(api(), path, global.all);
            MeterTable.print(printer(), global.output, read.items());
            hintMore(read.more());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One meter of the rate card.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "METER_ID")
        UUID meter;

        @Mixin
        RateCardQuery query;

        @Override
        public Integer call() {
            printer().one(api().get(query.on("/ratecards/azure/meters/" + meter)));
            return ExitCodes.DONE;
        }
    }
}
