package org.partnercenter.cli;

import org.partnercenter.cli.audit.AuditRecordCommand;
import org.partnercenter.cli.auth.LoginCommand;
import org.partnercenter.cli.auth.LogoutCommand;
import org.partnercenter.cli.billingperiod.BillingPeriodCommand;
import org.partnercenter.cli.customer.CustomerCommand;
import org.partnercenter.cli.invoice.InvoiceCommand;
import org.partnercenter.cli.order.OrderCommand;
import org.partnercenter.cli.partner.PartnerCommand;
import org.partnercenter.cli.payment.PaymentCommand;
import org.partnercenter.cli.pricing.ExchangeRateCommand;
import org.partnercenter.cli.pricing.MeterCommand;
import org.partnercenter.cli.pricing.PriceListCommand;
import org.partnercenter.cli.pricing.RateCardCommand;
import org.partnercenter.cli.servicerequest.ServiceRequestCommand;
import org.partnercenter.cli.subscription.SubscriptionCommand;
import org.partnercenter.cli.usage.UsageCommand;
import org.partnercenter.cli.user.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code partnercenter}: the root command; the launcher calls {@link #main}, tests call {@link #run}. */
@Command(name = "partnercenter", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The Partner Center API from the command line: the counterpart of the PartnerCenter PowerShell module.",
        subcommands = {LoginCommand.class, LogoutCommand.class, CustomerCommand.class, SubscriptionCommand.class,
                OrderCommand.class, UsageCommand.class, InvoiceCommand.class, ServiceRequestCommand.class,
                UserCommand.class, AuditRecordCommand.class, RateCardCommand.class, MeterCommand.class,
                PriceListCommand.class, ExchangeRateCommand.class, PartnerCommand.class, BillingPeriodCommand.class,
                PaymentCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 done, 1 refused by the API, 2 bad arguments, 3 sign-in needed, 4 not found."})
public final class PartnerCenter implements Runnable {

    private final CliEnvironment environment;

    PartnerCenter(CliEnvironment environment) {
        this.environment = environment;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Without a command: the usage, and exit code 2 as for any other usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed");
    }

    public static void main(String[] args) {
        System.exit(run(CliEnvironment.system(), args));
    }

    /** Runs one invocation in this JVM and returns its exit code; nothing escapes as an exception. */
    public static int run(CliEnvironment environment, String... args) {
        CommandLine commandLine = new CommandLine(new PartnerCenter(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(environment.out())
                .setErr(environment.err());
        ValueConverters.registerOn(commandLine);
        Failures failures = new Failures(environment.err());
        commandLine.setParameterExceptionHandler(failures::usage);
        commandLine.setExecutionExceptionHandler(failures::execution);
        int code = commandLine.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }
}
