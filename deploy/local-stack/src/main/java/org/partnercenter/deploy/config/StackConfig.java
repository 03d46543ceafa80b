package org.partnercenter.deploy.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.partnercenter.deploy.StackFailure;

/**
 * Everything the local stack can be told, with defaults that run out of the box.
 *
 * <p>Each setting is read from a system property first, then from the environment:
 * {@code PC_KAFKA_PORT} can be given as {@code -Dpc.kafka.port=...} or as an environment variable.
 * Only {@code KAFKA_BOOTSTRAP_SERVERS} keeps its conventional name, so the variable a developer
 * already exports for the services also points the stack at the same broker.
 */
public record StackConfig(
        Path root,
        Path workDir,
        boolean infraOnly,
        boolean demo,
        long demoSeed,
        int kafkaPort,
        int kafkaControllerPort,
        Optional<String> externalKafkaBootstrap,
        int postgresPort,
        Optional<ExternalPostgres> externalPostgres,
        int identityProviderPort,
        String operatorTenantId,
        List<ServiceSpec> services) {

    /**
     * The operator's tenant when PC_OPERATOR_TENANT_ID does not name one: fixed, so that scripts and
     * bookmarks keep working across restarts although the directory behind it is new on every start.
     */
    public static final String DEFAULT_OPERATOR_TENANT_ID = "00000000-0000-4000-8000-000000000001";

    /** A PostgreSQL server the developer already runs: a JDBC URL to a database it may create databases from. */
    public record ExternalPostgres(String adminUrl, String user, String password) {
    }

    /** The demo data's quantities and choices when PC_DEMO_SEED does not name another seed. */
    public static final long DEFAULT_DEMO_SEED = 2026L;

    /** From the system properties and the environment; the project root is -Dpc.root, else the current directory. */
    public static StackConfig load(LaunchOptions options) {
        Path root = Path.of(System.getProperty("pc.root", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        return load(options, root, Settings.fromSystem());
    }

    static StackConfig load(LaunchOptions options, Path root, Settings settings) {
        Reader read = new Reader(settings);
        Path workDir = Path.of(read.setting("PC_STACK_DIR", root.resolve("target/local-stack").toString()));
        int kafkaPort = read.port("PC_KAFKA_PORT", 9092);
        Optional<ExternalPostgres> externalPostgres = read.optional("PC_POSTGRES_URL").map(url -> new ExternalPostgres(
                url, read.setting("PC_POSTGRES_USER", "postgres"), read.setting("PC_POSTGRES_PASSWORD", "")));
        return new StackConfig(
                root,
                root.resolve(workDir).normalize(),
                options.infraOnly(),
                options.demo() && !options.infraOnly(),
                read.number("PC_DEMO_SEED", DEFAULT_DEMO_SEED),
                kafkaPort,
                read.port("PC_KAFKA_CONTROLLER_PORT", kafkaPort + 1),
                read.optional("KAFKA_BOOTSTRAP_SERVERS"),
                // Never 5432: developers and CI machines often run their own PostgreSQL there.
                read.port("PC_POSTGRES_PORT", 15432),
                externalPostgres,
                read.port("PC_IDP_PORT", 8090),
                read.tenantId("PC_OPERATOR_TENANT_ID", DEFAULT_OPERATOR_TENANT_ID),
                List.of(
                        read.service("customer-service", "customer", "PC_CUSTOMER_PORT", 8081),
                        read.service("billing-service", "billing", "PC_BILLING_PORT", 8082),
                        read.service("pricing-service", "pricing", "PC_PRICING_PORT", 8083),
                        read.service("support-service", "support", "PC_SUPPORT_PORT", 8084),
                        read.service("identity-gateway", "gateway", "PC_GATEWAY_PORT", 8080)));
    }

    Path logDir() {
        return workDir.resolve("logs");
    }

    public Path logFile(String part) {
        return logDir().resolve(part + ".log");
    }

    /** Temp files of every process stay under target/, so {@code mvn clean} removes them. */
    public Path tmpDir(String part) {
        return workDir.resolve("tmp").resolve(part);
    }

    /** The gateway's internal-token signing key (PKCS#8 PEM), written anew by every start. */
    public Path internalTokenKey() {
        return workDir.resolve("gateway").resolve("internal-token-key.pem");
    }

    public ServiceSpec gateway() {
        return services.stream().filter(s -> s.name().equals("identity-gateway")).findFirst().orElseThrow();
    }

    /** The development identity provider; its directory (tenants, users, keys) is new on every start. */
    public QuarkusApp identityProvider() {
        // A development tool on the loopback interface, with no metrics: its /q/health stays on its one port.
        return new QuarkusApp("identity-provider", root.resolve("deploy/identity-provider"), identityProviderPort,
                "PC_IDP_PORT", OptionalInt.empty(), "128m", Optional.of(workDir.resolve("identity-provider")));
    }

    /** The stack's analogue of https://login.microsoftonline.com: no tenant, no /v2.0. */
    public String authority() {
        return identityProvider().url();
    }

    public List<String> databases() {
        return services.stream().map(ServiceSpec::database).toList();
    }

    /** Reads the settings; a value that cannot be used fails with a message naming the setting and what it takes. */
    private record Reader(Settings settings) {

        /** The management port is the public port + 100 unless PC_<PART>_MANAGEMENT_PORT names another. */
        ServiceSpec service(String name, String database, String portSetting, int defaultPort) {
            int port = port(portSetting, defaultPort);
            String managementPortSetting = portSetting.replace("_PORT", "_MANAGEMENT_PORT");
            return new ServiceSpec(name, database, port, portSetting, port(managementPortSetting, port + 100),
                    managementPortSetting);
        }

        String setting(String envName, String defaultValue) {
            return optional(envName).orElse(defaultValue);
        }

        Optional<String> optional(String envName) {
            return settings.find(envName).map(String::trim).filter(v -> !v.isEmpty());
        }

        /** Lower case, as the identity provider writes a tenant id into a token's {@code tid}. */
        String tenantId(String envName, String defaultValue) {
            String value = setting(envName, defaultValue);
            try {
                return UUID.fromString(value).toString();
            } catch (IllegalArgumentException e) {
                throw new StackFailure(envName + "=" + value + " is not a tenant id: use a GUID such as " + defaultValue);
            }
        }

        long number(String envName, long defaultValue) {
            String value = setting(envName, Long.toString(defaultValue));
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new StackFailure(envName + "=" + value + " is not a whole number");
            }
        }

        int port(String envName, int defaultPort) {
            String value = setting(envName, Integer.toString(defaultPort));
            try {
                int port = Integer.parseInt(value);
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the name of the setting
            }
            throw new StackFailure(envName + "=" + value + " is not a TCP port: use a number from 1 to 65535");
        }
    }
}
