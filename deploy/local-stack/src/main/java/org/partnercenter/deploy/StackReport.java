package org.partnercenter.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the developer and scripts learn once the stack is up: a table on the terminal and stack.json. */
final class StackReport {

    private final StackConfig config;
    private final RunningStack stack;
    private final Postgres postgres;
    private final KafkaBroker kafka;

    StackReport(StackConfig config, RunningStack stack, Postgres postgres, KafkaBroker kafka) {
        this.config = config;
        this.stack = stack;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    Path stackJson() {
        return config.workDir().resolve("stack.json");
    }

    /** Tells the developer and scripts that the stack is up; the operator's admin is there unless --infra-only. */
    void announce(Duration took, Optional<OperatorAdmin> operator) {
        writeStackJson(operator);
        if (config.infraOnly()) {
            printServiceEnvironment();
            Console.line("PostgreSQL and Kafka ready in " + Console.seconds(took) + "; " + stackJson()
                    + " lists them. Press Ctrl-C to stop.");
        } else {
            printSummary();
            operator.map(admin -> new OperatorSignIn(config, admin)).ifPresent(OperatorSignIn::print);
            Console.line("local stack ready in " + Console.seconds(took) + ": gateway on " + config.gateway().url()
                    + ", details in " + stackJson() + ". Press Ctrl-C to stop.");
        }
    }

    void deleteStackJson() {
        try {
            Files.deleteIfExists(stackJson());
        } catch (IOException e) {
            System.err.println("could not remove " + stackJson() + ": " + e.getMessage());
        }
    }

    private void printSummary() {
        String format = "%-18s %-26s %-16s %s%n";
        System.out.println();
        System.out.printf(format, "PART", "URL", "STATE", "LOG");
        for (StackPart part : stack.parts()) {
            String state = part.external() ? "external, up" : "up in " + Console.seconds(stack.startTime(part));
            String log = part.logFile().map(config.root()::relativize).map(Path::toString).orElse("-");
            System.out.printf(format, part.name(), part.address(), state, log);
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

    private void writeStackJson(Optional<OperatorAdmin> operator) {
        String services = config.infraOnly() ? "{}" : object(config.services().stream()
                .collect(Collectors.toMap(ServiceSpec::name, s -> string(s.url()), (a, b) -> a, LinkedHashMap::new)), 4);
        String databases = object(postgres.databases().stream()
                .collect(Collectors.toMap(db -> db, db -> string(postgres.jdbcUrl(db)), (a, b) -> a, LinkedHashMap::new)), 6);
        String json = "{\n"
                + (config.infraOnly() ? "" : "  \"gatewayUrl\": " + string(config.gateway().url()) + ",\n")
                + operator.map(this::signIn).orElse("")
                + "  \"services\": " + services + ",\n"
                + "  \"kafkaBootstrap\": " + string(kafka.address()) + ",\n"
                + "  \"postgres\": {\n"
                + "    \"address\": " + string(postgres.address()) + ",\n"
                + "    \"user\": " + string(postgres.user()) + ",\n"
                + "    \"password\": " + string(postgres.password()) + ",\n"
                + "    \"databases\": " + databases + "\n"
                + "  },\n"
                + "  \"launcherPid\": " + ProcessHandle.current().pid() + "\n"
                + "}\n";
        try {
            Files.writeString(stackJson(), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write " + stackJson() + " (scripts will not find the stack): " + e.getMessage());
        }
    }

    /** The authority without a tenant or /v2.0; the password null if the launcher never knew it. */
    private String signIn(OperatorAdmin admin) {
        return "  \"authority\": " + string(config.authority()) + ",\n"
                + "  \"audience\": " + string(OperatorSignIn.AUDIENCE) + ",\n"
                + "  \"operatorTenantId\": " + string(admin.tenantId()) + ",\n"
                + "  \"operatorAdmin\": {\n"
                + "    \"userPrincipalName\": " + string(admin.userPrincipalName()) + ",\n"
                + "    \"password\": " + admin.password().map(StackReport::string).orElse("null") + "\n"
                + "  },\n";
    }

    private static String object(Map<String, String> members, int indent) {
        if (members.isEmpty()) {
            return "{}";
        }
        String pad = " ".repeat(indent);
        List<String> lines = members.entrySet().stream().map(e -> pad + string(e.getKey()) + ": " + e.getValue()).toList();
        return "{\n" + String.join(",\n", lines) + "\n" + " ".repeat(indent - 2) + "}";
    }

    private static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
