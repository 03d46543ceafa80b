package org.partnercenter.cli.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.ApiRefusal;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import org.partnercenter.cli.output.ProblemTable;
import org.partnercenter.cli.output.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The operator's price lists: each publish is a new version of the Azure (or shared-services) rate card. */
@Command(name = "pricelist", mixinStandardHelpOptions = true, description = "Price list versions (operator).",
        subcommands = {PriceListCommand.Publish.class, PriceListCommand.ListVersions.class,
                PriceListCommand.Get.class})
public final class PriceListCommand {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("KIND", "kind"),
            Column.of("EFFECTIVE", "effectiveDate"), Column.of("CURRENCY", "currency"),
            Column.of("METERS", "meterCount"), Column.of("PUBLISHED", "publishedAt"),
            Column.of("SUPERSEDED_BY", "supersededBy"));

    /** {@code line 12}, {@code meters[3] (line 40)}: the line a refused row is on. */
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    enum Kind { azure, shared }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish a price list from a CSV "
            + "file (header meterId,name,category,subcategory,region,unit,includedQuantity,tierStart,unitPrice,"
            + "effectiveDate,tags; one row per meter and tier) or a JSON file ({effectiveDate, currency, meters}).")
    static final class Publish extends CliCommand {

        @Parameters(paramLabel = "FILE", description = "A .csv file, else JSON.")
        Path file;

        @Option(names = "--effective-date", paramLabel = "DATE", description = "CSV: when the list takes effect, "
                + "e.g. 2026-07-01 or 2026-07-01T00:00:00Z.")
        String effectiveDate;

        @Option(names = "--currency", description = "CSV: the prices' currency (the API takes USD only).")
        String currency;

        @Option(names = "--kind", defaultValue = "azure", description = "azure (the Azure rate card) or shared "
                + "(the shared-services card); default ${DEFAULT-VALUE}.")
        Kind kind;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw CliFailure.usage("no such file: " + file);
            }
            boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            if (!csv && (effectiveDate != null || currency != null)) {
                throw CliFailure.usage("a JSON price list names its effectiveDate and currency itself: "
                        + "--effective-date and --currency are for CSV files");
            }
            String path = Query.path("/pricelists").param("kind", kind).param("effectiveDate", effectiveDate)
                    .param("currency", currency).toString();
            JsonNode version;
            try (Progress progress = progress("publishing", Files.size(file), "bytes")) {
                version = api().sendFile("POST", path, csv ? "text/csv" : "application/json", file, Map.of(),
                        progress::advanceTo).body();
            } catch (ApiRefusal refusal) {
                ProblemTable.print(env().err(), env().terminalWidth(), "LINE", PriceListCommand::lineOf,
                        refusal.data());
                throw refusal;
            }
            printer().one(version);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Price list versions, in publish order.")
    static final class ListVersions extends CliCommand {

        @Override
        public Integer call() {
            return list("/pricelists", COLUMNS);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One price list version.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "VERSION_ID")
        UUID version;

        @Override
        public Integer call() {
            printer().one(api().get("/pricelists/" + version));
            return ExitCodes.DONE;
        }
    }

    /** The row's line number; a field of the list as a whole ({@code effectiveDate}) is named as it is. */
    static String lineOf(String where) {
        Matcher line = LINE.matcher(where);
        return line.find() ? line.group(1) : where;
    }
}
