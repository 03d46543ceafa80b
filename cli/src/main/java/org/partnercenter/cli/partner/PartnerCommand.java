package org.partnercenter.cli.partner;

import picocli.CommandLine.Command;

/** The operator's registry of partner organisations (operator_admin): no PowerShell counterpart. */
@Command(name = "partner", mixinStandardHelpOptions = true,
        description = "Partner organisations (the operator's admins only).",
        subcommands = {PartnerRegister.class, PartnerList.class, PartnerGet.class, PartnerState.Suspend.class,
                PartnerState.Reactivate.class})
public final class PartnerCommand {
}
