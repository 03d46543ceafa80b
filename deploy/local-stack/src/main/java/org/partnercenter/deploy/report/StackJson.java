package org.partnercenter.deploy.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.demo.DemoCustomer;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.demo.DemoUser;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.postgres.Postgres;

/**
 * {@code target/local-stack/stack.json}: what scripts and the end-to-end suite need to reach the stack and
 * sign in. Its members are a contract with them (issue 6): {@code gatewayUrl} without /v1, {@code authority}
 * without tenant or /v2.0, the operator's admin and the demo partners with their users' passwords; each
 * service's public URL under {@code services} and its management URL under {@code managementUrls}; the web
 * portal's URL and app registration ({@code portalUrl}, {@code portalClientId}) and each user's {@code totpSecret},
 * which the portal's sign-in asks a code of.
 */
final class StackJson {

    private StackJson() {
    }

    static String write(StackConfig config, Postgres postgres, KafkaBroker kafka,
            Optional<StackIdentities> identities, List<DemoPartner> partners) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (!config.infraOnly()) {
            root.put("gatewayUrl", config.gateway().url());
        }
        identities.ifPresent(made -> {
            OperatorAdmin admin = made.operator();
            root.put("portalUrl", config.gateway().url()); // the gateway serves the portal at /
            root.put("portalClientId", made.portal().clientId());
            root.put("cliClientId", made.cli().clientId());
            root.put("authority", config.authority());
            root.put("audience", SignInLines.AUDIENCE);
            root.put("operatorTenantId", admin.tenantId());
            ObjectNode signIn = root.putObject("operatorAdmin");
            signIn.put("userPrincipalName", admin.userPrincipalName());
            signIn.put("password", admin.password().orElse(null)); // null: it existed before, with another password
            signIn.put("totpSecret", admin.totpSecret().orElse(null));
            ArrayNode list = root.putArray("partners");
            partners.forEach(partner -> partner(list.addObject(), partner));
        });
        ObjectNode services = root.putObject("services");
        // /q/health, /q/metrics and each service's /q/openapi: never on the public URLs above.
        ObjectNode management = root.putObject("managementUrls");
        if (!config.infraOnly()) {
            config.services().forEach(service -> services.put(service.name(), service.url()));
            config.services().forEach(service -> management.put(service.name(), service.managementUrl()));
        }
        root.put("kafkaBootstrap", kafka.address());
        ObjectNode database = root.putObject("postgres");
        database.put("address", postgres.address());
        database.put("user", postgres.user());
        database.put("password", postgres.password());
        ObjectNode databases = database.putObject("databases");
        postgres.databases().forEach(name -> databases.put(name, postgres.jdbcUrl(name)));
        root.put("launcherPid", ProcessHandle.current().pid());
        return root.toPrettyString() + "\n";
    }

    private static void partner(ObjectNode json, DemoPartner partner) {
        json.put("name", partner.name());
        json.put("tenantId", partner.tenantId());
        json.put("partnerType", partner.partnerType());
        if (partner.providerTenantId() != null) {
            json.put("providerTenantId", partner.providerTenantId());
        }
        ArrayNode users = json.putArray("users");
        for (DemoUser user : partner.users()) {
            ObjectNode node = users.addObject();
            node.put("userPrincipalName", user.userPrincipalName());
            node.put("password", user.password());
            node.put("objectId", user.objectId());
            node.put("totpSecret", user.totpSecret());
            ArrayNode roles = node.putArray("roles");
            user.roles().forEach(roles::add);
        }
        ArrayNode customers = json.putArray("customers");
        for (DemoCustomer customer : partner.customers()) {
            ObjectNode node = customers.addObject();
            node.put("id", customer.id());
            node.put("companyName", customer.companyName());
            node.put("domain", customer.domain());
            node.put("subscriptionId", customer.subscriptionId());
            if (customer.associatedPartnerId() != null) {
                node.put("associatedPartnerId", customer.associatedPartnerId());
            }
        }
    }
}
