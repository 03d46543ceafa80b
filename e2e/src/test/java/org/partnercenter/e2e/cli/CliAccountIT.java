package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/** A partner's global admin manages its users and roles with the CLI, then finds those writes in its audit records. */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAccountIT {

    private final StackUnderTest stack;
    private TestPartner partner;
    private String admin;
    private InProcessCli cli;

    CliAccountIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @BeforeAll
    void partnersAdmin() throws Exception {
        partner = stack.partners().direct();
        admin = partner.admin().token();
        cli = new InProcessCli(Files.createTempDirectory(Path.of("target"), "cli-config"));
    }

    @Test
    void shouldAddGrantRevokeAndAuditAUserWhenTheGlobalAdminUsesTheCli() {
        TestUser newcomer = stack.identityProvider().createUser(partner.tenantId(), "newcomer");

        JsonNode added = cli.runAs(admin, "user", "add", newcomer.objectId(), newcomer.userPrincipalName(), "-o",
                "json").succeeded().json();
        assertThat(added.path("id").asText()).isEqualTo(newcomer.objectId());
        assertThat(added.path("userPrincipalName").asText()).isEqualTo(newcomer.userPrincipalName());

        JsonNode granted = cli.runAs(admin, "user", "grant", newcomer.objectId(), "sales_agent", "-o", "json")
                .succeeded().json();
        assertThat(granted.path("id").asText()).isEqualTo("sales_agent");
        assertThat(roles(newcomer)).isEqualTo("sales_agent");

        InProcessCli.Result revoked = cli.runAs(admin, "user", "revoke", newcomer.objectId(), "sales_agent")
                .succeeded();
        assertThat(revoked.out()).isEmpty();
        assertThat(revoked.err()).contains("revoked sales_agent from " + newcomer.objectId());
        assertThat(roles(newcomer)).isEmpty();

        // the gateway writes audit records off the request path, within a second
        List<JsonNode> records = await().atMost(Duration.ofSeconds(10)).until(
                () -> cli.runAs(admin, "auditrecord", "list", "--all", "-o", "json").succeeded().jsonLines(),
                found -> operations(found).containsAll(List.of("create_partner_user", "grant_partner_user_role",
                        "revoke_partner_user_role")));
        assertThat(records).filteredOn(record -> operations(List.of(record)).contains("grant_partner_user_role"))
                .allSatisfy(record -> {
                    assertThat(record.path("operationStatus").asText()).isEqualTo("succeeded");
                    assertThat(record.path("userPrincipalName").asText())
                            .isEqualTo(partner.admin().userPrincipalName());
                });
        InProcessCli.Result table = cli.runAs(admin, "auditrecord", "list").succeeded();
        assertThat(table.out().lines().findFirst().orElseThrow().split("\\s{2,}")).containsExactly("DATE",
                "OPERATION", "STATUS", "RESOURCE", "USER", "CUSTOMER");
        assertThat(table.out().lines().skip(1)).anySatisfy(line -> assertThat(line)
                .contains(partner.admin().userPrincipalName()));
    }

    @Test
    void shouldListThePartnersUsersWithTheirRoles() {
        InProcessCli.Result table = cli.runAs(admin, "user", "list").succeeded();

        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("ID", "USER", "NAME", "ROLES");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(partner.admin().objectId())
                .contains(partner.admin().userPrincipalName(), "global_admin"));
    }

    @Test
    void shouldExitOneWithTheDescriptionWhenAUserWithoutTheRightManagesUsers() {
        TestUser sales = stack.partners().addUser(partner, "sales", "sales_agent");

        InProcessCli.Result result = cli.runAs(sales.token(), "user", "grant", sales.objectId(), "global_admin");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The supplied role does not have the rights");
    }

    private String roles(TestUser user) {
        return cli.runAs(admin, "user", "list", "--all", "-o", "json").succeeded().jsonLines().stream()
                .filter(member -> member.path("id").asText().equals(user.objectId())).findFirst().orElseThrow()
                .path("roles").findValuesAsText("id").stream().reduce((a, b) -> a + "," + b).orElse("");
    }

    private static List<String> operations(List<JsonNode> records) {
        return records.stream().flatMap(record -> record.path("customizedData").findValuesAsText("value").stream())
                .toList();
    }
}
