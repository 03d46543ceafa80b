package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Which resellers customer-service knows each demo provider has. It learns them from the gateway's
 * partners topic, so a provider may create a customer for a reseller only a moment after registering it.
 */
final class ResellerRelationships {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ResellerRelationships() {
    }

    static void awaitKnown(DemoContext demo) throws IOException, InterruptedException {
        for (DemoPartner provider : demo.partners()) {
            Set<String> resellers = new HashSet<>();
            demo.partners().stream().filter(p -> provider.tenantId().equals(p.providerTenantId()))
                    .forEach(p -> resellers.add(p.tenantId()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!resellers.isEmpty() && !known(demo, provider).containsAll(resellers)) {
                if (System.nanoTime() > deadline) {
                    throw new DemoFailure("customer-service did not learn the resellers of " + provider.name()
                            + " from the partners topic within " + TIMEOUT.toSeconds() + " s: see its log");
                }
                Thread.sleep(200);
            }
        }
    }

    private static Set<String> known(DemoContext demo, DemoPartner provider) throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        demo.gateway().get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf",
                demo.globalAdminToken(provider)).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
