package org.partnercenter.cli.usage;

import java.util.List;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import org.partnercenter.cli.usage.upload.UsageUpload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Get-PartnerCustomerSubscriptionUtilization and Get-PartnerCustomerUsageSummary. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Azure usage of a customer; the operator's usage upload.",
        subcommands = {UsageCommand.Utilization.class, UsageCommand.Summary.class, UsageUpload.class})
public final class UsageCommand {

    static final List<Column> UTILIZATION = List.of(Column.of("START", "usageStartTime"),
            Column.of("END", "usageEndTime"), Column.of("RESOURCE", "resource.name"),
            Column.of("CATEGORY", "resource.category"), Column.of("QUANTITY", "quantity"), Column.of("UNIT", "unit"));

    @Command(name = "utilization", mixinStandardHelpOptions = true,
            description = "An Azure plan's usage per day (or hour) between two dates or instants.")
    static final class Utilization extends CliCommand {

        @Parameters(index = "0", paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Parameters(index = "1", paramLabel = "SUBSCRIPTION_ID")
        UUID subscription;

        @Option(names = "--start", required = true, paramLabel = "DATE|TIME", converter = DateOrTime.class,
                description = "e.g. 2026-11-01 or 2026-11-01T00:00:00Z")
        String start;

        @Option(names = "--end", paramLabel = "DATE|TIME", converter = DateOrTime.class,
                description = "Excluded, but a date includes its day (default: now).")
        String end;

        @Option(names = "--granularity", defaultValue = "daily", description = "daily or hourly (default: ${DEFAULT-VALUE}).")
        String granularity;

        @Override
        public Integer call() {
            String path = Query.path("/customers/" + customer + "/subscriptions/" + subscription
                    + "/utilizations/azure").param("granularity", granularity).param("show_details", false)
                    .param("start_time", start).param("end_time", end).toString();
            return list(path, UTILIZATION);
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true, description = "A customer's usage summary this month.")
    static final class Summary extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Override
        public Integer call() {
            printer().one(api().get("/customers/" + customer + "/usagesummary"));
            return ExitCodes.DONE;
        }
    }
}
