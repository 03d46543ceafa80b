package org.partnercenter.deploy;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnercenter.deploy.config.QuarkusApp;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.demo.DemoFailure;
import org.partnercenter.deploy.demo.DemoLoader;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.identity.CliApplication;
import org.partnercenter.deploy.identity.DirectoryUsers;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.identity.PortalApplication;
import org.partnercenter.deploy.identity.InternalTokenKey;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.lifecycle.RunningStack;
import org.partnercenter.deploy.postgres.Postgres;
import org.partnercenter.deploy.process.ServiceEnvironment;
import org.partnercenter.deploy.process.ServiceProcess;
import org.partnercenter.deploy.report.Console;
import org.partnercenter.deploy.report.SignInLines;

/** The order in which the parts of the stack start, and what happens between the stages. */
final class StackStart {

    private StackStart() {
    }

    /**
     * The identity provider starts next to PostgreSQL and Kafka, which it does not need; the operator's
     * admin and the portal's app registration are created in it before the services start, because the gateway
     * is told that user's object id and the portal's client id.
     */
    static Optional<StackIdentities> start(StackConfig config, RunningStack stack, Postgres postgres,
            KafkaBroker kafka) throws InterruptedException {
        if (config.infraOnly()) {
            stack.start(List.of(postgres, kafka));
            return Optional.empty();
        }
        QuarkusApp provider = config.identityProvider();
        stack.start(List.of(postgres, kafka, new ServiceProcess(provider, ServiceEnvironment.identityProvider(config),
                config.logFile(provider.name()), config.tmpDir(provider.name()))));
        StackIdentities identities = new StackIdentities(createOperatorAdmin(config), registerPortal(config),
                registerCli(config));
        writeInternalTokenKey(config);
        stack.start(config.services().stream()
                .map(s -> new ServiceProcess(s.app(config.root()),
                        ServiceEnvironment.service(s, config, postgres, kafka.address(), identities),
                        config.logFile(s.name()), config.tmpDir(s.name())))
                .toList());
        return Optional.of(identities);
    }

    /**
     * Loads the demo data as the operator's admin once every service is up. A failure leaves the stack up
     * without it, and says why: the services are fine, and the developer may be debugging just that.
     */
    static List<DemoPartner> loadDemo(StackConfig config, Optional<OperatorAdmin> operator, RunningStack stack)
            throws InterruptedException {
        if (!config.demo() || operator.isEmpty()) {
            return List.of();
        }
        OperatorAdmin admin = operator.get();
        if (admin.password().isEmpty()) {
            Console.line("no demo data: the launcher does not know the password of " + admin.userPrincipalName());
            return List.of();
        }
        Console.line("loading demo data (--no-demo skips it)...");
        try {
            return new DemoLoader(config.gateway().url(), config.authority(), SignInLines.AUDIENCE, Clock.systemUTC())
                    .load(admin.tenantId(), admin.userPrincipalName(), admin.password().get(),
                            config.demoSeed());
        } catch (DemoFailure | StackFailure | IOException e) {
            if (stack.stopped()) {
                throw new StackFailure("stopped before it was up");
            }
            System.err.println("demo data not loaded, the stack runs without it: " + e.getMessage());
            return List.of();
        }
    }

    private static void writeInternalTokenKey(StackConfig config) {
        try {
            InternalTokenKey.write(config.internalTokenKey());
        } catch (IOException e) {
            throw new StackFailure("could not write the gateway's signing key " + config.internalTokenKey() + ": "
                    + e, e);
        }
    }

    private static PortalApplication registerPortal(StackConfig config) throws InterruptedException {
        try {
            PortalApplication portal = PortalApplication.register(config.authority(), config.operatorTenantId(),
                    config.gateway().url());
            Console.line("portal app registration " + portal.clientId() + " (redirect URI " + portal.redirectUri()
                    + ") in tenant " + config.operatorTenantId());
            return portal;
        } catch (IOException e) {
            throw new StackFailure("could not register the portal's application in the identity provider at "
                    + config.authority() + ": " + e, e);
        }
    }

    private static CliApplication registerCli(StackConfig config) throws InterruptedException {
        try {
            CliApplication cli = CliApplication.register(config.authority(), config.operatorTenantId());
            Console.line("command line app registration " + cli.clientId() + " in tenant " + config.operatorTenantId());
            return cli;
        } catch (IOException e) {
            throw new StackFailure("could not register the command line's application in the identity provider at "
                    + config.authority() + ": " + e, e);
        }
    }

    private static OperatorAdmin createOperatorAdmin(StackConfig config) throws InterruptedException {
        try {
            DirectoryUsers users = new DirectoryUsers(config.authority());
            OperatorAdmin operator = OperatorAdmin.create(users, config.operatorTenantId());
            Console.line("operator admin " + operator.userPrincipalName() + " (object id " + operator.objectId()
                    + ") in tenant " + operator.tenantId());
            return operator;
        } catch (IOException e) {
            throw new StackFailure("could not create the operator's admin in the identity provider at "
                    + config.authority() + ": " + e, e);
        }
    }
}
