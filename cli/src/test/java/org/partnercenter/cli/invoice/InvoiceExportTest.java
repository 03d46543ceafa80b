package org.partnercenter.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.cli.invoice.ExportFixture.BYTES;
import static org.partnercenter.cli.invoice.ExportFixture.PART;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** invoice export: the operation followed to its manifest, every part downloaded and checked by its SHA-256. */
class InvoiceExportTest extends FakeServerTest {

    private static final String START = "POST /v1/invoices/G000000001/exports";

    @Test
    void shouldPollUntilDoneAndKeepThePartWhenItsSha256MatchesTheManifest() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256(BYTES));

        CliRun.Result result = runSignedIn("invoice", "export", "G000000001", "--folder", "parts");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(home.resolve("parts").resolve(PART))).isEqualTo(BYTES);
        assertThat(server.requests()).extracting(FakeServer.Request::path).containsExactly(
                "/v1/invoices/G000000001/exports", "/v1/operations/op-e", "/v1/operations/op-e",
                "/v1/invoices/exports/e-1", "/v1/invoices/exports/e-1/parts/" + PART);
        assertThat(server.requests().get(0).body()).isEqualTo("{}");
        assertThat(result.out().lines().toList().get(1)).contains(PART, ExportFixture.sha256(BYTES), "verified");
    }

    @Test
    void shouldDeleteThePartAndExitOneNamingItWhenItsSha256DoesNotMatch() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256("other bytes".getBytes()));

        CliRun.Result result = runSignedIn("invoice", "export", "G000000001", "--folder", "parts");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(PART, "deleted").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        try (var left = Files.list(home.resolve("parts"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void shouldPrintTheManifestWhenTheOutputIsJson() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256(BYTES));

        CliRun.Result result = runSignedIn("invoice", "export", "G000000001", "--folder", "parts", "-o", "json");

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(result.out())).isEqualTo(json.readTree(ExportFixture.manifest(
                ExportFixture.sha256(BYTES))));
    }

    @Test
    void shouldAskForTheLayoutWhenBasicCsvIsChosen() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256(BYTES));

        runSignedIn("invoice", "export", "G000000001", "--attribute-set", "basic", "--format", "csv");

        assertThat(server.requests().get(0).body()).isEqualTo("{\"attributeSet\":\"basic\",\"format\":\"csv\"}");
    }

    @Test
    void shouldRefuseToOverwriteAPartOfAnEarlierExportWithoutForce() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256(BYTES));
        Path earlier = Files.writeString(Files.createDirectories(home.resolve("parts")).resolve(PART), "earlier");

        CliRun.Result refused = runSignedIn("invoice", "export", "G000000001", "--folder", "parts");
        CliRun.Result forced = runSignedIn("invoice", "export", "G000000001", "--folder", "parts", "--force");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(earlier)).isEqualTo(BYTES);
    }

    @Test
    void shouldDrawProgressOnStderrOnlyWhenOnATerminal() throws Exception {
        ExportFixture.stage(server, START, ExportFixture.sha256(BYTES));

        CliRun.Result piped = runSignedIn("invoice", "export", "G000000001", "--folder", "piped");
        cli.onTerminal();
        CliRun.Result watched = runSignedIn("invoice", "export", "G000000001", "--folder", "watched");

        assertThat(piped.err()).doesNotContain("\r").doesNotContain("downloading");
        assertThat(watched.err()).contains("\rexporting", "\rdownloading", "100%");
        assertThat(watched.out()).doesNotContain("\r").doesNotContain("downloading").doesNotContain("exporting")
                .isEqualTo(piped.out());
    }
}
