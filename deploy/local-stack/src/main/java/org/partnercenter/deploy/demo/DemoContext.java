package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** What the demo steps share: the API, the identity provider, the seeded randomness and what was made so far. */
final class DemoContext {

    private final GatewayClient gateway;
    private final Accounts accounts;
    private final DemoUser operatorAdmin;
    private final Random random;
    private final Clock clock;
    private final List<DemoPartner> partners = new ArrayList<>();

    DemoContext(GatewayClient gateway, Accounts accounts, DemoUser operatorAdmin, Random random, Clock clock) {
        this.gateway = gateway;
        this.accounts = accounts;
        this.operatorAdmin = operatorAdmin;
        this.random = random;
        this.clock = clock;
    }

    GatewayClient gateway() {
        return gateway;
    }

    Accounts accounts() {
        return accounts;
    }

    /** Quantities, names and choices come from here, so that one seed gives the same demo every time. */
    Random random() {
        return random;
    }

    Clock clock() {
        return clock;
    }

    String operatorToken() throws IOException, InterruptedException {
        return accounts.token(operatorAdmin);
    }

    String globalAdminToken(DemoPartner partner) throws IOException, InterruptedException {
        return accounts.token(partner.globalAdmin());
    }

    /** The first of the partner's users holding the role, signed in. */
    String tokenOfUserWith(DemoPartner partner, String role) throws IOException, InterruptedException {
        DemoUser user = partner.users().stream().filter(u -> u.roles().contains(role)).findFirst()
                .orElseThrow(() -> new DemoFailure(partner.name() + " has no user with " + role));
        return accounts.token(user);
    }

    List<DemoPartner> partners() {
        return Collections.unmodifiableList(partners);
    }

    DemoPartner partner(String slug) {
        return partners.stream().filter(p -> p.plan().slug().equals(slug)).findFirst()
                .orElseThrow(() -> new DemoFailure("no demo partner '" + slug + "' was registered"));
    }

    void add(DemoPartner partner) {
        partners.add(partner);
    }
}
