package org.partnercenter.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

class LoginTest extends FakeServerTest {

    private static final String TOKEN = "/organizations/oauth2/v2.0/token";


    @Test
    void shouldPollUntilApprovedAndCacheTheTokenOwnerOnlyWhenSigningInByDeviceCode() throws Exception {
        server.answer("POST /organizations/oauth2/v2.0/devicecode", 200, "{\"device_code\":\"dc\",\"user_code\":"
                + "\"BCDF-GHJK\",\"interval\":0,\"expires_in\":900,\"message\":\"To sign in, enter BCDF-GHJK\"}");
        server.answer("POST " + TOKEN, 400, "{\"error\":\"authorization_pending\"}");
        server.answer("POST " + TOKEN, 200, "{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");

        CliRun.Result result = cli.run("login", "--client-id", "cli-app", "--authority", server.url());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("To sign in, enter BCDF-GHJK");
        assertThat(result.out()).isEmpty();
        assertThat(server.requests()).filteredOn(r -> r.path().equals(TOKEN)).hasSize(2)
                .allSatisfy(r -> assertThat(r.body()).contains("device_code=dc", "client_id=cli-app"));
        Path cache = cli.configFolder().resolve("token.json");
        assertThat(Files.readString(cache)).contains("at-1", "rt-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.configFolder())))
                .isEqualTo("rwx------");
    }

    @Test
    void shouldExitThreeWhenTheUserDeclines() {
        server.answer("POST /organizations/oauth2/v2.0/devicecode", 200, "{\"device_code\":\"dc\",\"interval\":0,"
                + "\"expires_in\":900,\"message\":\"m\"}");
        server.answer("POST " + TOKEN, 400, "{\"error\":\"authorization_declined\"}");

        CliRun.Result result = cli.run("login", "--client-id", "cli-app", "--authority", server.url());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("declined");
    }

    @Test
    void shouldRenewAnExpiredTokenWithTheRefreshTokenBeforeCallingTheApi() {
        new TokenCache(cli.configFolder()).write(new CachedToken("user", server.url(), "organizations", "cli-app",
                null, "scope", "old", "rt-1", Instant.now().minusSeconds(5).getEpochSecond()));
        server.answer("POST " + TOKEN, 200, "{\"access_token\":\"new\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}");
        server.answer("GET /v1/customers?size=100", 200, "{\"items\":[],\"links\":{}}");

        CliRun.Result result = cli.run("customer", "list", "--api", server.url());

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests().get(0).body()).contains("grant_type=refresh_token", "refresh_token=rt-1");
        assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer new");
        assertThat(new TokenCache(cli.configFolder()).read().orElseThrow().refreshToken()).isEqualTo("rt-2");
    }

    @Test
    void shouldSignInAppOnlyFromTheEnvironmentAndForgetItOnLogout() {
        server.answer("POST /tenant-1/oauth2/v2.0/token", 200, "{\"access_token\":\"app\",\"expires_in\":3600}");
        cli.with("PARTNERCENTER_CLIENT_ID", "app-1").with("PARTNERCENTER_CLIENT_SECRET", "s3cret")
                .with("PARTNERCENTER_TENANT", "tenant-1");

        assertThat(cli.run("login", "--authority", server.url(), "--debug").err()).doesNotContain("s3cret");
        assertThat(server.requests().get(0).body()).contains("grant_type=client_credentials", "client_secret=s3cret");
        assertThat(new TokenCache(cli.configFolder()).read().orElseThrow().accessToken()).isEqualTo("app");

        assertThat(cli.run("logout").exitCode()).isZero();
        assertThat(Files.exists(cli.configFolder().resolve("token.json"))).isFalse();
    }

    @Test
    void shouldExitOneSayingSoWhenTheIdentityProviderAnswersSomethingThatIsNotJson() {
        server.answer("POST /organizations/oauth2/v2.0/devicecode", 502, "<html>Bad gateway</html>");

        CliRun.Result result = cli.run("login", "--client-id", "cli-app", "--authority", server.url());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("answered HTTP 502 with something that is not JSON")
                .doesNotContain("Unexpected character", "REDACTED");
    }

    @Test
    void shouldExitTwoWhenTheAuthorityIsNotAnHttpAddress() {
        CliRun.Result result = cli.run("login", "--client-id", "cli-app", "--authority", "login.example.com");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not an http(s) address: login.example.com").doesNotContain("Exception");
    }
}
