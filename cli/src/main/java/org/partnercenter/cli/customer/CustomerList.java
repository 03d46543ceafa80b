package org.partnercenter.cli.customer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List customers (Get-PartnerCustomer).")
final class CustomerList extends CliCommand {

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only customers whose company name starts with TEXT.")
    String filter;

    @Option(names = "--size", paramLabel = "N", defaultValue = "100", description = "Customers per page (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() {
        Query query = Query.path("/customers").param("size", size);
        if (filter != null) {
            // The real API's search filter: a JSON object in the query, CompanyName with starts_with.
            ObjectNode search = JsonNodeFactory.instance.objectNode()
                    .put("Field", "CompanyName").put("Value", filter).put("Operator", "starts_with");
            query.param("filter", search);
        }
        return list(query.toString(), CustomerColumns.LIST);
    }
}
