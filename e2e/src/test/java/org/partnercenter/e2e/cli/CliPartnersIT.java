package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/** The operator's admin keeps the registry of partners with the CLI; a partner's admin is refused it. */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliPartnersIT {

    private final StackUnderTest stack;
    private InProcessCli cli;
    private String operator;

    CliPartnersIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void operatorsCli() throws Exception {
        cli = new InProcessCli(Files.createTempDirectory(Path.of("target"), "cli-config"));
        operator = stack.operator().token();
    }

    @Test
    void shouldRegisterListGetSuspendAndReactivateAPartnerWhenTheOperatorUsesTheCli() {
        String tenant = UUID.randomUUID().toString();
        TestUser admin = stack.identityProvider().createUser(tenant, "global-admin");
        String name = "CLI Partner " + tenant.substring(0, 8);

        JsonNode registered = cli.runAs(operator, "partner", "register", "--tenant-id", tenant, "--name", name,
                "--type", "indirect_provider", "--admin-object-id", admin.objectId(), "--admin-upn",
                admin.userPrincipalName(), "--country", "nl", "--currency", "eur", "-o", "json").succeeded().json();
        assertThat(registered.path("tenantId").asText()).isEqualTo(tenant);
        assertThat(registered.path("partnerType").asText()).isEqualTo("indirect_provider");
        assertThat(registered.path("country").asText()).isEqualTo("NL");
        assertThat(registered.path("state").asText()).isEqualTo("active");

        assertThat(cli.runAs(operator, "partner", "list", "--all", "-o", "json").succeeded().jsonLines())
                .filteredOn(partner -> partner.path("tenantId").asText().equals(tenant))
                .extracting(partner -> partner.path("name").asText()).containsExactly(name);
        InProcessCli.Result table = cli.runAs(operator, "partner", "list", "--all").succeeded();
        assertThat(table.out().lines().filter(line -> line.startsWith(tenant)).findFirst().orElseThrow()
                .split("\\s{2,}")).startsWith(tenant, name, "indirect_provider", "active", "NL");

        assertThat(cli.runAs(operator, "partner", "get", tenant, "-o", "json").succeeded().json().path("currency")
                .asText()).isEqualTo("EUR");
        assertThat(cli.runAs(operator, "partner", "suspend", tenant, "-o", "json").succeeded().json().path("state")
                .asText()).isEqualTo("suspended");
        assertThat(cli.runAs(operator, "partner", "get", tenant, "-o", "json").succeeded().json().path("state")
                .asText()).isEqualTo("suspended");
        assertThat(cli.runAs(operator, "partner", "reactivate", tenant, "-o", "json").succeeded().json()
                .path("state").asText()).isEqualTo("active");
    }

    @Test
    void shouldExitOneWithTheApisDescriptionWhenAPartnersAdminListsPartners() {
        TestPartner partner = stack.partners().direct();

        InProcessCli.Result result = cli.runAs(partner.admin().token(), "partner", "list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The supplied role does not have the rights to perform the requested "
                + "operation").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldExitFourForAnUnknownTenantAndOneForATenantRegisteredTwice() {
        TestPartner partner = stack.partners().direct();
        TestUser other = stack.identityProvider().createUser(partner.tenantId(), "second-admin");

        InProcessCli.Result unknown = cli.runAs(operator, "partner", "get", UUID.randomUUID().toString());
        InProcessCli.Result twice = cli.runAs(operator, "partner", "register", "--tenant-id", partner.tenantId(),
                "--name", "Twice", "--type", "direct", "--admin-object-id", other.objectId(), "--admin-upn",
                other.userPrincipalName());

        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("No partner organization with tenant id");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("is already registered as a partner");
    }
}
