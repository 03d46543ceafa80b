package org.partnercenter.deploy.kafka;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.lifecycle.StackPart;
import org.partnercenter.deploy.process.ChildJvm;
import org.partnercenter.deploy.process.ChildProcess;

/**
 * A single-node Kafka cluster in KRaft mode (one JVM acting as broker and controller), run from
 * the kafka_2.13 jars in the launcher's lib/ directory; or a broker the developer already runs.
 */
public final class KafkaBroker implements StackPart {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String bootstrap;
    private final KafkaSettings settings; // null for an external broker
    private final ChildProcess child;

    /** Where and how the stack runs its own broker. */
    public record KafkaSettings(int port, int controllerPort, Path workDir, Path libDir, Path logFile, Path tmpDir) {
    }

    private KafkaBroker(String bootstrap, KafkaSettings settings) {
        this.bootstrap = bootstrap;
        this.settings = settings;
        this.child = new ChildProcess("the Kafka broker", settings == null ? null : settings.logFile());
    }

    public static KafkaBroker embedded(KafkaSettings settings) {
        return new KafkaBroker("127.0.0.1:" + settings.port(), settings);
    }

    public static KafkaBroker external(String bootstrap) {
        return new KafkaBroker(bootstrap, null);
    }

    @Override
    public void launch() throws IOException, InterruptedException {
        if (settings == null) {
            return;
        }
        Path serverProperties = KafkaBrokerFiles.prepare(settings);
        List<String> jvm = jvm();
        // kafka.tools.StorageTool random-uuid prints exactly Uuid.randomUuid(): asking the
        // client library saves starting one more JVM.
        String clusterId = Uuid.randomUuid().toString();
        ChildJvm.run("formatting the Kafka storage", concat(jvm, "kafka.tools.StorageTool", "format",
                        "-t", clusterId, "-c", serverProperties.toString(), "--standalone"),
                settings.workDir(), settings.logFile(), FORMAT_TIMEOUT);
        startServer(serverProperties);
    }

    /**
     * Stops the broker cleanly (fault injection: the broker goes away for a while), keeping its data and log; it
     * comes back with {@link #relaunch()}.
     */
    public void halt() {
        child.halt(STOP_GRACE);
    }

    /** Starts the broker again on the data it had: no new format, no new cluster id, its log appended to. */
    public void relaunch() throws IOException {
        startServer(KafkaBrokerFiles.propertiesFile(settings));
    }

    private void startServer(Path serverProperties) throws IOException {
        child.start(() -> ChildJvm.start(concat(jvm(), "kafka.Kafka", serverProperties.toString()),
                settings.workDir(), Map.of(), settings.logFile()));
    }

    private List<String> jvm() {
        return List.of("-Xmx512m",
                "-Djava.io.tmpdir=" + settings.tmpDir(),
                "-Dlog4j2.configurationFile=" + KafkaBrokerFiles.log4jConfig(settings),
                "-cp", settings.libDir() + "/*");
    }

    @Override
    public void stop() {
        child.stop(STOP_GRACE);
    }

    /** Polls the cluster metadata: a broker that answers it accepts producers and consumers too. */
    @Override
    public void awaitReady() throws InterruptedException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception lastError = null;
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline && !child.stopping()) {
                child.requireAlive();
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        child.markReady();
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    lastError = e;
                }
                Thread.sleep(200);
            }
        }
        if (child.stopping()) {
            return;
        }
        String where = settings == null ? " (from KAFKA_BOOTSTRAP_SERVERS)" : ChildJvm.tail(settings.logFile());
        throw new StackFailure("no Kafka broker answered on " + bootstrap + " within " + READY_TIMEOUT.toSeconds()
                + " s (" + lastError + ")" + where);
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
    }

    @Override
    public String name() {
        return "Kafka";
    }

    @Override
    public String address() {
        return bootstrap;
    }

    @Override
    public Optional<Path> logFile() {
        return Optional.ofNullable(settings).map(KafkaSettings::logFile);
    }

    @Override
    public boolean external() {
        return settings == null;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return child.handle();
    }
}
