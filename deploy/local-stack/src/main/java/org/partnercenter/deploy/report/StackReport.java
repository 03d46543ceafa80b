package org.partnercenter.deploy.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.partnercenter.deploy.config.ServiceSpec;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.identity.CliApplication;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.lifecycle.RunningStack;
import org.partnercenter.deploy.lifecycle.StackPart;
import org.partnercenter.deploy.postgres.Postgres;

/** What the developer and scripts learn once the stack is up: a table on the terminal and stack.json. */
public final class StackReport {

    private final StackConfig config;
    private final RunningStack stack;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private Optional<CliApplication> cli = Optional.empty();

    public StackReport(StackConfig config, RunningStack stack, Postgres postgres, KafkaBroker kafka) {
        this.config = config;
        this.stack = stack;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** The command line's app registration, which stack.json names as {@code cliClientId}. */
    public void cliApplication(Optional<CliApplication> cli) {
        this.cli = cli;
    }

    Path stackJson() {
        return config.workDir().resolve("stack.json");
    }

    /**
     * Tells the developer and scripts that the stack is up; the operator's admin is there unless --infra-only,
     * the demo partners unless --no-demo.
     */
    public void announce(Duration took, Optional<OperatorAdmin> operator, List<DemoPartner> partners) {
        writeStackJson(operator, partners);
        if (config.infraOnly()) {
            printServiceEnvironment();
            Console.line("PostgreSQL and Kafka ready in " + Console.seconds(took) + "; " + stackJson()
                    + " lists them. Press Ctrl-C to stop.");
        } else {
            printSummary();
            SignInLines signIn = new SignInLines(config);
            operator.ifPresent(signIn::printOperator);
            signIn.printPartners(partners);
            Console.line("API: " + config.gateway().url() + "/v1 (reference: " + config.gateway().url()
                    + "/q/swagger-ui), sign-in authority: " + config.authority());
            Console.line("local stack ready in " + Console.seconds(took) + ", details in " + stackJson()
                    + ". Press Ctrl-C to stop.");
        }
    }

    public void deleteStackJson() {
        try {
            Files.deleteIfExists(stackJson());
        } catch (IOException e) {
            System.err.println("could not remove " + stackJson() + ": " + e.getMessage());
        }
    }

    private void printSummary() {
        String format = "%-18s %-26s %-26s %-16s %s%n";
        System.out.println();
        System.out.printf(format, "PART", "URL", "MANAGEMENT (/q/health)", "STATE", "LOG");
        for (StackPart part : stack.parts()) {
            String state = part.external() ? "external, up" : "up in " + Console.seconds(stack.startTime(part));
            String log = part.logFile().map(config.root()::relativize).map(Path::toString).orElse("-");
            System.out.printf(format, part.name(), part.address(), part.managementAddress().orElse("-"), state, log);
        }
        System.out.println();
    }

    /** For --infra-only: what a service started from an IDE needs in its environment. */
    private void printServiceEnvironment() {
        System.out.println();
        System.out.println("Environment for a service run from an IDE (database per service):");
        System.out.println("  KAFKA_BOOTSTRAP_SERVERS=" + kafka.address());
        System.out.println("  QUARKUS_DATASOURCE_USERNAME=" + postgres.user());
        System.out.println("  QUARKUS_DATASOURCE_PASSWORD=" + (postgres.external() ? "<PC_POSTGRES_PASSWORD>" : postgres.password()));
        for (ServiceSpec service : config.services()) {
            System.out.printf("  QUARKUS_DATASOURCE_JDBC_URL=%-48s (%s)%n", postgres.jdbcUrl(service.database()), service.name());
        }
        System.out.println();
    }

    private void writeStackJson(Optional<OperatorAdmin> operator, List<DemoPartner> partners) {
        // Written aside, then moved into place: a script polling for the file never reads half of it.
        Path written = stackJson().resolveSibling("stack.json.tmp");
        try {
            String json = StackJson.write(config, postgres, kafka, operator, partners);
            Files.writeString(written, cli.map(app -> app.addedTo(json)).orElse(json), StandardCharsets.UTF_8);
            Files.move(written, stackJson(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("could not write " + stackJson() + " (scripts will not find the stack): " + e.getMessage());
        }
    }
}
