package org.partnercenter.cli.partner;

import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List partner organisations by name.")
final class PartnerList extends CliCommand {

    static final List<Column> COLUMNS = List.of(Column.of("TENANT", "tenantId"), Column.of("NAME", "name"),
            Column.of("TYPE", "partnerType"), Column.of("STATE", "state"), Column.of("COUNTRY", "country"),
            Column.of("CREATED", "createdDate"));

    @Override
    public Integer call() {
        return list("/partners", COLUMNS);
    }
}
