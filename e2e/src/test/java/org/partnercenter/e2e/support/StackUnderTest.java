package org.partnercenter.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The local stack the suite drives: one for the whole run. It reuses a stack that already runs for this
 * checkout (stack.json is there and the gateway's management URL answers ready), else starts one and stops
 * it at the end.
 */
public final class StackUnderTest implements AutoCloseable {

    private final StackDescription description;
    private final Optional<LauncherProcess> startedHere;
    private final Gateway gateway;
    private final IdentityProvider identityProvider;
    private final TestUser operator;

    private StackUnderTest(StackDescription description, Optional<LauncherProcess> startedHere) {
        this.description = description;
        this.startedHere = startedHere;
        this.gateway = new Gateway(description.gatewayUrl());
        this.identityProvider = new IdentityProvider(description.authority(), description.audience());
        // The operator's admin is known by name here; its object id is the gateway's business.
        this.operator = new TestUser(identityProvider, description.operatorTenantId(), null,
                description.operatorUserPrincipalName(), description.operatorPassword(),
                description.operatorTotpSecret());
    }

    static StackUnderTest startOrReuse() throws IOException, InterruptedException {
        StackLocation location = StackLocation.ofThisCheckout();
        Optional<StackDescription> running = running(location);
        if (running.isPresent()) {
            System.out.println("e2e: reusing the local stack of launcher " + running.get().launcherPid());
            return new StackUnderTest(running.get(), Optional.empty());
        }
        location.requireBuilt();
        Path log = Path.of(System.getProperty("e2e.launcher-log", "target/local-stack-launcher.log"));
        System.out.println("e2e: starting the local stack (launcher output in " + log + ")");
        long begin = System.nanoTime();
        LauncherProcess launcher = LauncherProcess.start(location, log);
        StackDescription started = launcher.awaitReady(location);
        System.out.printf("e2e: local stack ready in %d s%n", Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        return new StackUnderTest(started, Optional.of(launcher));
    }

    /** Stops the stack if the suite started it, and fails if anything of it outlives the stop. */
    @Override
    public void close() throws InterruptedException {
        if (startedHere.isPresent()) {
            startedHere.get().stopAndVerify(description);
        }
    }

    public Gateway gateway() {
        return gateway;
    }

    public IdentityProvider identityProvider() {
        return identityProvider;
    }

    /** The platform operator's admin (operator_admin). */
    public TestUser operator() {
        return operator;
    }

    public Partners partners() {
        return new Partners(gateway, identityProvider, operator, false);
    }

    /** The same, every user made with MFA: those the browser tests sign in as through the provider's pages. */
    public Partners partnersWithMfa() {
        return new Partners(gateway, identityProvider, operator, true);
    }

    /** Users of the operator's tenant, made by {@link #operator()}. */
    public Operators operators() {
        return new Operators(gateway, identityProvider, operator);
    }

    public Customers customers() {
        return new Customers(gateway);
    }

    public StackDescription description() {
        return description;
    }

    private static Optional<StackDescription> running(StackLocation location) throws IOException, InterruptedException {
        if (!Files.isRegularFile(location.stackJson())) {
            return Optional.empty();
        }
        StackDescription description = StackDescription.read(location.stackJson());
        boolean launcherAlive = ProcessHandle.of(description.launcherPid()).map(ProcessHandle::isAlive).orElse(false);
        return launcherAlive && ready(description) ? Optional.of(description) : Optional.empty();
    }

    /** The gateway's readiness, on its management URL (a stack.json without one is from an older launcher). */
    private static boolean ready(StackDescription description) throws InterruptedException {
        if (description.gatewayManagementUrl().isEmpty()) {
            return false;
        }
        URI gatewayReadiness = URI.create(description.gatewayManagementUrl() + "/q/health/ready");
        HttpRequest readiness = HttpRequest.newBuilder(gatewayReadiness).timeout(Duration.ofSeconds(2)).build();
        try {
            return HttpClient.newHttpClient().send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notAnswering) {
            return false;
        }
    }
}
