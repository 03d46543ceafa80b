package org.partnercenter.deploy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercenter.deploy.config.LaunchOptions;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.config.TestSettings;
import org.partnercenter.deploy.demo.DemoCustomer;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.demo.DemoPartners;
import org.partnercenter.deploy.demo.DemoUser;
import org.partnercenter.deploy.identity.CliApplication;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.identity.PortalApplication;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.kafka.KafkaBroker;
import org.partnercenter.deploy.postgres.EmbeddedPostgresServer;
import org.partnercenter.deploy.postgres.Postgres;

/** stack.json is a contract with scripts and the end-to-end suite: these are the members they read. */
class StackJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("/checkout");
    private static final Map<String, String> MOVED_PORTS = Map.of("PC_GATEWAY_PORT", "28080", "PC_IDP_PORT", "28090",
            "PC_CUSTOMER_PORT", "28081", "PC_POSTGRES_PORT", "25432", "PC_KAFKA_PORT", "29092");
    private static final OperatorAdmin OPERATOR = new OperatorAdmin("00000000-0000-4000-8000-000000000001",
            "operator-object-id", "admin@operator.partner-center.local", Optional.of("Pc-operator"),
            Optional.of("OPERATORSECRET234"));
    private static final CliApplication CLI = new CliApplication("cli-client-id");
    private static final PortalApplication PORTAL = new PortalApplication("portal-client-id",
            "http://127.0.0.1:28080/signin-callback");

    @Test
    void shouldTellScriptsWhereEverythingIsAndHowToSignInWhenTheWholeStackIsUp() throws Exception {
        StackConfig config = TestSettings.config(ROOT, MOVED_PORTS);

        JsonNode stack = write(config, Optional.of(OPERATOR), List.of());

        assertThat(stack.path("gatewayUrl").asText()).isEqualTo("http://127.0.0.1:28080");
        assertThat(stack.path("portalUrl").asText()).isEqualTo("http://127.0.0.1:28080");
        assertThat(stack.path("portalClientId").asText()).isEqualTo("portal-client-id");
        assertThat(stack.path("cliClientId").asText()).isEqualTo("cli-client-id");
        assertThat(stack.path("authority").asText()).isEqualTo("http://127.0.0.1:28090");
        assertThat(stack.path("audience").asText()).isEqualTo("https://api.partnercenter.microsoft.com");
        assertThat(stack.path("operatorTenantId").asText()).isEqualTo(OPERATOR.tenantId());
        assertThat(stack.path("operatorAdmin").path("userPrincipalName").asText())
                .isEqualTo("admin@operator.partner-center.local");
        assertThat(stack.path("operatorAdmin").path("password").asText()).isEqualTo("Pc-operator");
        assertThat(stack.path("operatorAdmin").path("totpSecret").asText()).isEqualTo("OPERATORSECRET234");
        assertThat(stack.path("services").path("customer-service").asText()).isEqualTo("http://127.0.0.1:28081");
        assertThat(stack.path("services").path("identity-gateway").asText()).isEqualTo("http://127.0.0.1:28080");
        assertThat(stack.path("managementUrls").path("customer-service").asText()).isEqualTo("http://127.0.0.1:28181");
        assertThat(stack.path("managementUrls").path("billing-service").asText()).isEqualTo("http://127.0.0.1:8182");
        assertThat(stack.path("services").size()).isEqualTo(5);
        assertThat(stack.path("kafkaBootstrap").asText()).isEqualTo("127.0.0.1:29092");
        assertThat(stack.path("postgres").path("address").asText()).isEqualTo("127.0.0.1:25432");
        assertThat(stack.path("postgres").path("databases").path("gateway").asText())
                .isEqualTo("jdbc:postgresql://127.0.0.1:25432/gateway");
        assertThat(stack.path("launcherPid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(stack.path("partners").isArray()).isTrue();
    }

    @Test
    void shouldListEachDemoPartnerWithItsUsersAndCustomersWhenTheDemoIsLoaded() throws Exception {
        DemoUser admin = new DemoUser("reseller-tenant", "admin-id", "admin@northwind.partner-center.local", "Pc-a",
                List.of("global_admin"), "ADMINSECRET234");
        DemoUser agent = new DemoUser("reseller-tenant", "agent-id", "sven@northwind.partner-center.local", "Pc-s",
                List.of("sales_agent", "helpdesk_agent"), "AGENTSECRET234");
        DemoPartner reseller = DemoPartners.registered("Northwind Traders IT", "indirect_reseller", "reseller-tenant",
                "provider-tenant", List.of(admin, agent),
                List.of(new DemoCustomer("customer-id", "Fourth Coffee", "fourthcoffee.example", "subscription-id",
                        null)));

        JsonNode partner = write(TestSettings.config(ROOT, Map.of()), Optional.of(OPERATOR), List.of(reseller))
                .path("partners").get(0);

        assertThat(partner.path("name").asText()).isEqualTo("Northwind Traders IT");
        assertThat(partner.path("tenantId").asText()).isEqualTo("reseller-tenant");
        assertThat(partner.path("partnerType").asText()).isEqualTo("indirect_reseller");
        assertThat(partner.path("providerTenantId").asText()).isEqualTo("provider-tenant");
        assertThat(partner.path("users")).hasSize(2);
        JsonNode user = partner.path("users").get(1);
        assertThat(user.path("userPrincipalName").asText()).isEqualTo("sven@northwind.partner-center.local");
        assertThat(user.path("password").asText()).isEqualTo("Pc-s");
        assertThat(user.path("objectId").asText()).isEqualTo("agent-id");
        assertThat(user.path("totpSecret").asText()).isEqualTo("AGENTSECRET234");
        assertThat(user.path("roles").toString()).isEqualTo("[\"sales_agent\",\"helpdesk_agent\"]");
        JsonNode customer = partner.path("customers").get(0);
        assertThat(customer.path("id").asText()).isEqualTo("customer-id");
        assertThat(customer.path("companyName").asText()).isEqualTo("Fourth Coffee");
        assertThat(customer.path("domain").asText()).isEqualTo("fourthcoffee.example");
        assertThat(customer.path("subscriptionId").asText()).isEqualTo("subscription-id");
        assertThat(customer.has("associatedPartnerId")).isFalse();
    }

    @Test
    void shouldNameTheResellerOfACustomerAndNoProviderWhenAProviderMadeItForOne() throws Exception {
        DemoUser admin = new DemoUser("provider-tenant", "admin-id", "admin@fabrikam.partner-center.local", "Pc-a",
                List.of("global_admin"), "ADMINSECRET234");
        DemoPartner provider = DemoPartners.registered("Fabrikam Distribution", "indirect_provider", "provider-tenant",
                null, List.of(admin), List.of(new DemoCustomer("customer-id", "Coho Winery", "coho.example",
                        "subscription-id", "reseller-tenant")));

        JsonNode partner = write(TestSettings.config(ROOT, Map.of()), Optional.of(OPERATOR), List.of(provider))
                .path("partners").get(0);

        assertThat(partner.has("providerTenantId")).isFalse();
        assertThat(partner.path("customers").get(0).path("associatedPartnerId").asText()).isEqualTo("reseller-tenant");
    }

    @Test
    void shouldGiveNoPasswordWhenTheOperatorsAdminExistedBeforeThisStart() throws Exception {
        OperatorAdmin known = new OperatorAdmin(OPERATOR.tenantId(), "id", "admin@operator.partner-center.local",
                Optional.empty(), Optional.empty());

        JsonNode stack = write(TestSettings.config(ROOT, Map.of()), Optional.of(known), List.of());

        assertThat(stack.path("operatorAdmin").has("password")).isTrue();
        assertThat(stack.path("operatorAdmin").path("password").isNull()).isTrue();
        assertThat(stack.path("operatorAdmin").path("totpSecret").isNull()).isTrue();
    }

    @Test
    void shouldListOnlyTheInfrastructureWhenOnlyItStarted() throws Exception {
        StackConfig config = TestSettings.config(ROOT, LaunchOptions.parse("--infra-only"), Map.of());

        JsonNode stack = write(config, Optional.empty(), List.of());

        assertThat(stack.has("gatewayUrl")).isFalse();
        assertThat(stack.has("portalUrl")).isFalse();
        assertThat(stack.has("authority")).isFalse();
        assertThat(stack.has("operatorAdmin")).isFalse();
        assertThat(stack.has("partners")).isFalse();
        assertThat(stack.path("services").isEmpty()).isTrue();
        assertThat(stack.path("managementUrls").isEmpty()).isTrue();
        assertThat(stack.path("kafkaBootstrap").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(stack.path("postgres").path("databases").path("customer").asText())
                .isEqualTo("jdbc:postgresql://127.0.0.1:15432/customer");
    }

    @Test
    void shouldPointAtTheDevelopersServersWhenTheStackUsesThem() throws Exception {
        StackConfig config = TestSettings.config(ROOT, LaunchOptions.parse("--infra-only"), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker.example:9094",
                "PC_POSTGRES_URL", "jdbc:postgresql://db.example:5433/postgres?sslmode=require",
                "PC_POSTGRES_USER", "stack", "PC_POSTGRES_PASSWORD", "secret"));

        JsonNode stack = write(config, Optional.empty(), List.of());

        assertThat(stack.path("kafkaBootstrap").asText()).isEqualTo("broker.example:9094");
        JsonNode postgres = stack.path("postgres");
        assertThat(postgres.path("address").asText()).isEqualTo("db.example:5433");
        assertThat(postgres.path("user").asText()).isEqualTo("stack");
        assertThat(postgres.path("password").asText()).isEqualTo("secret");
        assertThat(postgres.path("databases").path("support").asText())
                .isEqualTo("jdbc:postgresql://db.example:5433/support?sslmode=require");
    }

    static Postgres postgres(StackConfig config) {
        return config.externalPostgres().map(server -> Postgres.external(server, config.databases()))
                .orElseGet(() -> Postgres.embedded(new EmbeddedPostgresServer(config.postgresPort(),
                        config.workDir().resolve("postgres"), config.logFile("postgres")), config.databases()));
    }

    static KafkaBroker kafka(StackConfig config) {
        return KafkaBroker.external(config.externalKafkaBootstrap().orElse("127.0.0.1:" + config.kafkaPort()));
    }

    private static JsonNode write(StackConfig config, Optional<OperatorAdmin> operator, List<DemoPartner> partners)
            throws Exception {
        return JSON.readTree(StackJson.write(config, postgres(config), kafka(config),
                operator.map(admin -> new StackIdentities(admin, PORTAL, CLI)), partners));
    }
}
