package org.partnercenter.cli.customer;

import picocli.CommandLine.Command;

/** The PowerShell module's Get-PartnerCustomer / New-PartnerCustomer / *-PartnerCustomerBillingProfile. */
@Command(name = "customer", mixinStandardHelpOptions = true, description = "Customers of the signed-in partner.",
        subcommands = {CustomerList.class, CustomerGet.class, CustomerNew.class, BillingProfileCommand.class})
public final class CustomerCommand {
}
