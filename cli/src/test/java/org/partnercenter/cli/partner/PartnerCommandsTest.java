package org.partnercenter.cli.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** The operator's partner verbs: what each sends, what it shows, how a refusal ends. */
class PartnerCommandsTest extends FakeServerTest {

    private static final String TENANT = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d";
    private static final String ADMIN = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String PARTNER = "{\"id\":\"" + TENANT + "\",\"tenantId\":\"" + TENANT + "\",\"name\":"
            + "\"Fabrikam\",\"partnerType\":\"direct\",\"state\":\"active\",\"country\":\"US\"}";

    @Test
    void shouldPostTheRegistrationFromFlagsWhenAPartnerIsRegistered() {
        server.answer("POST /v1/partners", 201, PARTNER);

        CliRun.Result result = runSignedIn("partner", "register", "--tenant-id", TENANT, "--name", "Fabrikam",
                "--type", "direct", "--admin-object-id", ADMIN, "--admin-upn", "admin@fabrikam.example",
                "--no-require-mfa", "--country", "DE", "-o", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        FakeServer.Request post = server.requests().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEqualTo("{\"tenantId\":\"" + TENANT + "\",\"name\":\"Fabrikam\",\"partnerType\":"
                + "\"direct\",\"globalAdmin\":{\"objectId\":\"" + ADMIN + "\",\"userPrincipalName\":"
                + "\"admin@fabrikam.example\"},\"requireMfa\":false,\"country\":\"DE\"}");
        assertThat(post.header("MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(result.out()).contains("\"name\" : \"Fabrikam\"");
    }

    @Test
    void shouldPostTheFileAsItIsWhenRegisteredFromAFile() throws Exception {
        server.answer("POST /v1/partners", 201, PARTNER);
        String body = "{\"tenantId\":\"" + TENANT + "\",\"address\":{\"city\":\"Berlin\"}}";
        Path file = Files.writeString(home.resolve("partner.json"), body);

        assertThat(runSignedIn("partner", "register", "--file", file.toString()).exitCode()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo(body);
    }

    @Test
    void shouldRefuseAsAUsageErrorWhenBothAFileAndFlagsOrARequiredFlagIsMissing() throws Exception {
        Path file = Files.writeString(home.resolve("partner.json"), "{}");

        assertThat(runSignedIn("partner", "register", "--file", file.toString(), "--tenant-id", TENANT, "--name", "F",
                "--type", "direct", "--admin-object-id", ADMIN, "--admin-upn", "a@f.example").exitCode()).isEqualTo(2);
        assertThat(runSignedIn("partner", "register", "--tenant-id", TENANT, "--name", "F").exitCode()).isEqualTo(2);
        assertThat(runSignedIn("partner", "register").exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldListPartnersWithTheirTypeAndState() {
        server.answer("GET /v1/partners", 200, "{\"totalCount\":1,\"items\":[" + PARTNER + "],\"links\":{}}");

        CliRun.Result result = runSignedIn("partner", "list");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("TENANT", "NAME", "TYPE", "STATE", "COUNTRY",
                "CREATED");
        assertThat(lines.get(1).split("\\s{2,}")).containsExactly(TENANT, "Fabrikam", "direct", "active", "US");
    }

    @Test
    void shouldExitOneWithTheApisDescriptionWhenAPartnerListsPartners() {
        server.answer("GET /v1/partners", 403, "{\"code\":900150,\"description\":\"The supplied role does not have "
                + "the rights to perform the requested operation\"}");

        CliRun.Result result = runSignedIn("partner", "list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not have the rights");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldShowOnePartnerAndExitFourWhenItIsNotRegistered() {
        server.answer("GET /v1/partners/" + TENANT, 200, PARTNER);
        String other = "00000000-0000-4000-8000-000000000001";
        server.answer("GET /v1/partners/" + other, 404, "{\"code\":404,\"description\":\"No partner organization "
                + "with tenant id " + other + " is registered.\"}");

        CliRun.Result found = runSignedIn("partner", "get", TENANT);
        CliRun.Result missing = runSignedIn("partner", "get", other);

        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("partnerType", "direct");
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err()).contains("No partner organization with tenant id " + other);
    }

    @Test
    void shouldPostTheActionWithoutABodyWhenSuspendedOrReactivated() {
        server.answer("POST /v1/partners/" + TENANT + "/suspend", 200, PARTNER.replace("active", "suspended"));
        server.answer("POST /v1/partners/" + TENANT + "/reactivate", 200, PARTNER);

        CliRun.Result suspended = runSignedIn("partner", "suspend", TENANT, "-o", "json");
        CliRun.Result reactivated = runSignedIn("partner", "reactivate", TENANT, "-o", "json");

        assertThat(suspended.exitCode()).isZero();
        assertThat(suspended.out()).contains("\"state\" : \"suspended\"");
        assertThat(reactivated.out()).contains("\"state\" : \"active\"");
        assertThat(server.requests()).extracting(FakeServer.Request::path).containsExactly(
                "/v1/partners/" + TENANT + "/suspend", "/v1/partners/" + TENANT + "/reactivate");
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).isEmpty();
            assertThat(request.header("MS-RequestId")).isNotBlank();
        });
    }

    @Test
    void shouldExitFourWhenThePartnerToSuspendIsNotRegisteredAndTwoForABadTenantId() {
        server.answer("POST /v1/partners/" + TENANT + "/suspend", 404, "{\"code\":404,\"description\":\"No partner "
                + "organization with tenant id " + TENANT + " is registered.\"}");

        assertThat(runSignedIn("partner", "suspend", TENANT).exitCode()).isEqualTo(4);
        assertThat(runSignedIn("partner", "reactivate", "not-a-tenant").exitCode()).isEqualTo(2);
    }
}
