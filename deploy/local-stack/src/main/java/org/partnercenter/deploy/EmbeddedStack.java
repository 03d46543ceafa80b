package org.partnercenter.deploy;

import java.io.IOException;
import java.nio.file.Files;
import org.partnercenter.deploy.config.FreePorts;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.lifecycle.RunningStack;
import org.partnercenter.deploy.lifecycle.StackLock;
import org.partnercenter.deploy.postgres.Postgres;
import org.partnercenter.deploy.process.ServiceProcess;

/**
 * The launcher's stack as a library, for a test that breaks it on purpose (the fault suite): the same parts, started
 * in the same order with the same environment as {@code local-stack.jar --no-demo}, and handles on each part so
 * that it can be killed, paused or restarted. No demo data, no stack.json: nothing else is meant to find it.
 */
public final class EmbeddedStack implements AutoCloseable {

    private final StackConfig config;
    private final RunningStack stack;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final StackIdentities identities;

    private EmbeddedStack(StackConfig config, RunningStack stack, Postgres postgres, KafkaBroker kafka,
            StackIdentities identities) {
        this.config = config;
        this.stack = stack;
        this.postgres = postgres;
        this.kafka = kafka;
        this.identities = identities;
    }

    /** Starts every part and returns once all serve; a failure stops what did start. */
    public static EmbeddedStack start(StackConfig config) throws IOException, InterruptedException {
        Files.createDirectories(config.workDir());
        Postgres postgres = LocalStack.postgres(config);
        KafkaBroker kafka = LocalStack.kafka(config);
        StackLock lock = StackLock.acquire(config.workDir());
        RunningStack stack = new RunningStack(lock);
        try {
            FreePorts.require(config);
            StackIdentities identities = StackStart.start(config, stack, postgres, kafka).orElseThrow();
            return new EmbeddedStack(config, stack, postgres, kafka, identities);
        } catch (RuntimeException | InterruptedException e) {
            stack.stop();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public OperatorAdmin operator() {
        return identities.operator();
    }

    /** One of the services (customer-service, billing-service, ..., identity-gateway) by name. */
    public ServiceProcess service(String name) {
        return stack.parts().stream()
                .filter(part -> part.name().equals(name) && part instanceof ServiceProcess)
                .map(ServiceProcess.class::cast)
                .findFirst()
                .orElseThrow(() -> new StackFailure("no part named " + name));
    }

    @Override
    public void close() {
        stack.stop();
    }
}
