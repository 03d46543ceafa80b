package org.partnercenter.cli.partner;

import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Suspending and reactivating differ only in the action posted. Neither takes an etag: the API applies them after
 * any change in flight, and one already in the state asked for answers it unchanged.
 */
abstract class PartnerState extends CliCommand {

    @Parameters(paramLabel = "TENANT_ID")
    UUID tenant;

    abstract String action();

    @Override
    public Integer call() {
        printer().one(api().send("POST", "/partners/" + tenant + "/" + action(), null, Map.of()).body());
        return ExitCodes.DONE;
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true,
            description = "Suspend a partner: its users and applications are refused until it is reactivated.")
    static final class Suspend extends PartnerState {
        @Override
        String action() {
            return "suspend";
        }
    }

    @Command(name = "reactivate", mixinStandardHelpOptions = true, description = "Reactivate a suspended partner.")
    static final class Reactivate extends PartnerState {
        @Override
        String action() {
            return "reactivate";
        }
    }
}
