package org.partnercenter.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** invoice statement: the PDF into a file of the working folder, never over an existing one unless forced. */
class InvoiceStatementTest extends FakeServerTest {

    private static final byte[] PDF = "%PDF-1.7 a statement".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void statement() {
        server.answer("GET /v1/invoices/G000000001/documents/statement", 200, PDF,
                Map.of("Content-Type", "application/pdf"));
    }

    @Test
    void shouldWriteThePdfNamedAfterTheInvoiceInTheWorkingFolderWhenNoFileIsGiven() throws Exception {
        CliRun.Result result = runSignedIn("invoice", "statement", "G000000001");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(home.resolve("G000000001.pdf"))).isEqualTo(PDF);
        assertThat(result.out().trim()).isEqualTo(home.resolve("G000000001.pdf").toString());
        assertThat(server.requests().get(0).header("Accept")).isEqualTo("application/pdf");
    }

    @Test
    void shouldRefuseToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path existing = Files.writeString(home.resolve("mine.pdf"), "keep me");

        CliRun.Result result = runSignedIn("invoice", "statement", "G000000001", "--file", "mine.pdf");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mine.pdf exists", "--force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldRefuseAsAUsageErrorWhenTheFilesFolderDoesNotExist() {
        CliRun.Result result = runSignedIn("invoice", "statement", "G000000001", "--file", "missing/mine.pdf");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no folder", "missing");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldOverwriteTheFileWhenForced() throws Exception {
        Path existing = Files.writeString(home.resolve("mine.pdf"), "old");

        CliRun.Result result = runSignedIn("invoice", "statement", "G000000001", "--file", "mine.pdf", "--force");

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(existing)).isEqualTo(PDF);
    }

    @Test
    void shouldLeaveNoFileAndExitFourWhenTheInvoiceIsNotFound() {
        CliRun.Result result = runSignedIn("invoice", "statement", "G000000404");

        assertThat(result.exitCode()).isEqualTo(4);
        try (var files = Files.list(home)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".pdf"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldLeaveNoPartFileWhenTheConnectionDropsMidDownload() throws Exception {
        try (ServerSocket dropping = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread wire = new Thread(() -> halfAnswer(dropping));
            wire.start();

            CliRun.Result result = cli.run("invoice", "statement", "G000000001", "--api",
                    "http://127.0.0.1:" + dropping.getLocalPort(), "--access-token", "t");

            wire.join(5_000);
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("did not answer");
            try (var files = Files.list(home)) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".pdf"));
            }
        }
    }

    /** Promises 1,000 bytes, sends a few and hangs up. */
    private static void halfAnswer(ServerSocket server) {
        try (Socket socket = server.accept()) {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // the request's headers: read, not needed
            }
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: 1000\r\n\r\n%PDF-1.7 half").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (java.io.IOException ignored) {
            // the client hung up first: the test's assertions say what matters
        }
    }
}
