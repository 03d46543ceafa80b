package org.partnercenter.cli.audit;

import java.time.LocalDate;
import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-PartnerAuditRecord. */
@Command(name = "auditrecord", mixinStandardHelpOptions = true, description = "The partner's audit records.",
        subcommands = AuditRecordCommand.ListRecords.class)
public final class AuditRecordCommand {

    static final List<Column> COLUMNS = List.of(Column.of("DATE", "operationDate"), Column.of("OPERATION", "operationType"),
            Column.of("STATUS", "operationStatus"), Column.of("RESOURCE", "resourceType"),
            Column.of("USER", "userPrincipalName"), Column.of("CUSTOMER", "customerName"));

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit records from a start date.")
    static final class ListRecords extends CliCommand {

        @Option(names = "--start", paramLabel = "DATE", description = "First day (default: 30 days ago; the API keeps 90).")
        LocalDate start;

        @Option(names = "--end", paramLabel = "DATE", description = "Last day (default: today).")
        LocalDate end;

        @Override
        public Integer call() {
            LocalDate from = start == null ? LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30) : start;
            Query query = Query.path("/auditrecords").param("size", 100).param("startDate", from).param("endDate", end);
            return list(query.toString(), COLUMNS);
        }
    }
}
