package org.partnercenter.cli.pricing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The operator's exchange rates: units of each currency per US dollar, from an effective date on. */
@Command(name = "exchangerate", mixinStandardHelpOptions = true, description = "Exchange rate sets (operator).",
        subcommands = {ExchangeRateCommand.Publish.class, ExchangeRateCommand.ListSets.class,
                ExchangeRateCommand.Get.class})
public final class ExchangeRateCommand {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("EFFECTIVE", "effectiveDate"),
            Column.of("BASE", "base"), Column.of("RATES", "rates"), Column.of("PUBLISHED", "publishedAt"));

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publish a set: FILE holds {\"effectiveDate\": \"2026-07-01\", \"base\": \"USD\", "
                    + "\"rates\": {\"EUR\": 0.92}} (- reads stdin).")
    static final class Publish extends CliCommand {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            printer().one(api().send("POST", "/exchangerates", JsonFile.read(file), Map.of()).body());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Published sets, in publish order.")
    static final class ListSets extends CliCommand {

        @Override
        public Integer call() {
            return list("/exchangerates", COLUMNS);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One published set.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "SET_ID")
        UUID set;

        @Override
        public Integer call() {
            printer().one(api().get("/exchangerates/" + set));
            return ExitCodes.DONE;
        }
    }
}
