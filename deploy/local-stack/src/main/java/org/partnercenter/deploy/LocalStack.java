package org.partnercenter.deploy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.partnercenter.deploy.config.FreePorts;
import org.partnercenter.deploy.config.LaunchOptions;
import org.partnercenter.deploy.config.QuarkusApp;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.lifecycle.RunningStack;
import org.partnercenter.deploy.lifecycle.StackLock;
import org.partnercenter.deploy.postgres.EmbeddedPostgresServer;
import org.partnercenter.deploy.postgres.Postgres;
import org.partnercenter.deploy.report.Console;
import org.partnercenter.deploy.report.StackReport;
import org.slf4j.LoggerFactory;

/**
 * The one-command local stack: PostgreSQL, a Kafka broker, the development identity provider and
 * every service of the suite on this machine, until Ctrl-C. With {@code --infra-only} it runs
 * PostgreSQL and Kafka alone, for services started from an IDE.
 */
public final class LocalStack {

    private static final String USAGE = """
            usage: java -jar deploy/local-stack/target/local-stack.jar [--infra-only | --no-demo]
              --infra-only  start PostgreSQL and Kafka only, for services run from an IDE
              --no-demo     start everything but load no demo data (the end-to-end suite makes its own)
            Settings (system property pc.x.y or environment PC_X_Y): PC_POSTGRES_PORT (15432),
            PC_KAFKA_PORT (9092), PC_<SERVICE>_PORT, e.g. PC_CUSTOMER_PORT (8081), PC_GATEWAY_PORT (8080),
            PC_<SERVICE>_MANAGEMENT_PORT (its port + 100: PC_CUSTOMER_MANAGEMENT_PORT 8181, PC_GATEWAY_MANAGEMENT_PORT
            8180), PC_IDP_PORT (8090), PC_OPERATOR_TENANT_ID (%s), PC_DEMO_SEED (%d);
            KAFKA_BOOTSTRAP_SERVERS or PC_POSTGRES_URL + PC_POSTGRES_USER/PC_POSTGRES_PASSWORD use servers
            you already run. The project root is -Dpc.root, else the current directory.""".formatted(
            StackConfig.DEFAULT_OPERATOR_TENANT_ID, StackConfig.DEFAULT_DEMO_SEED);

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            System.exit(run(args));
        } catch (StackFailure e) {
            System.err.println("local stack: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("local stack: " + e);
            System.exit(1);
        }
    }

    /** Returns an exit code on failure; once the stack is up it waits until the JVM is asked to stop. */
    private static int run(String[] args) throws IOException, InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return 0;
        }
        long begin = System.nanoTime();
        // Logging starts on first use, and from two starter threads at once SLF4J prints
        // "substitute loggers" warnings: start it here, before them.
        LoggerFactory.getLogger(LocalStack.class);
        StackConfig config = StackConfig.load(options);
        if (!config.infraOnly()) {
            requireServiceJars(config);
        }
        // Embedded PostgreSQL and the Kafka client write temp files: keep them under target/.
        Files.createDirectories(config.tmpDir("launcher"));
        System.setProperty("java.io.tmpdir", config.tmpDir("launcher").toString());

        Postgres postgres = postgres(config);
        KafkaBroker kafka = kafka(config);
        StackLock lock = StackLock.acquire(config.workDir());
        try {
            FreePorts.require(config);
        } catch (StackFailure e) {
            lock.close();
            throw e;
        }
        RunningStack stack = new RunningStack(lock);
        StackReport report = new StackReport(config, stack, postgres, kafka);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Console.line("\nstopping the local stack...");
            stack.stop();
            report.deleteStackJson(); // scripts must not find a stack that is gone
            Console.line("local stack stopped");
        }, "stack-stopper"));

        Optional<StackIdentities> identities;
        List<DemoPartner> partners;
        try {
            identities = StackStart.start(config, stack, postgres, kafka);
            partners = StackStart.loadDemo(config, identities.map(StackIdentities::operator), stack);
        } catch (StackFailure e) {
            if (!stack.stopped()) { // else Ctrl-C came during the start, and the shutdown hook is at work
                System.err.println("\nlocal stack: " + e.getMessage());
            }
            return 1; // exiting runs the shutdown hook, which stops what did start
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        // Under the stack's lock: a Ctrl-C right now must not leave a stack.json behind.
        stack.whileRunning(() -> report.announce(took, identities, partners));
        new CountDownLatch(1).await(); // Ctrl-C (SIGINT) or SIGTERM runs the shutdown hook
        return 0;
    }

    static Postgres postgres(StackConfig config) {
        return config.externalPostgres()
                .map(server -> Postgres.external(server, config.databases()))
                .orElseGet(() -> Postgres.embedded(new EmbeddedPostgresServer(config.postgresPort(),
                        config.workDir().resolve("postgres"), config.logFile("postgres")), config.databases()));
    }

    static KafkaBroker kafka(StackConfig config) {
        return config.externalKafkaBootstrap().map(KafkaBroker::external)
                .orElseGet(() -> KafkaBroker.embedded(new KafkaBroker.KafkaSettings(config.kafkaPort(),
                        config.kafkaControllerPort(), config.workDir().resolve("kafka"), libDir(),
                        config.logFile("kafka"), config.tmpDir("kafka"))));
    }

    /** The broker runs from the jars copied next to the launcher jar (target/lib), whichever way it was started. */
    private static Path libDir() {
        try {
            Path location = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = location.getParent().resolve("lib");
            if (!Files.isDirectory(lib)) {
                throw new StackFailure(lib + " is missing: package the launcher with "
                        + "./mvnw -f deploy/local-stack/pom.xml package");
            }
            return lib;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireServiceJars(StackConfig config) {
        List<String> missing = Stream.concat(Stream.of(config.identityProvider()),
                        config.services().stream().map(s -> s.app(config.root())))
                .map(QuarkusApp::runnerJar)
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new StackFailure("the services are not built; missing:\n  " + String.join("\n  ", missing)
                    + "\nbuild first: ./run-stack --build (or ./mvnw -DskipTests install) in " + config.root());
        }
    }
}
