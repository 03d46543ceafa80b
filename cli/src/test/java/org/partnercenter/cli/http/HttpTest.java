package org.partnercenter.cli.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.FakeServerTest;

class HttpTest extends FakeServerTest {

    @Test
    void shouldSpeakPlainHttp11WithoutOfferingAnUpgradeWhenTheAddressIsHttp() throws Exception {
        server.answer("GET /v1/customers", 200, "{\"items\":[]}");

        HttpResponse<String> response = Http.send(Http.client(), HttpRequest.newBuilder(
                URI.create(server.url() + "/v1/customers")).build(), HttpResponse.BodyHandlers.ofString(),
                Duration.ofSeconds(10));

        assertThat(response.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.header("Upgrade")).isNull();
            assertThat(request.header("HTTP2-Settings")).isNull();
        });
    }

    @Test
    void shouldGiveUpAtItsDeadlineWhenTheServerAcceptsButNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // No request timeout at all: only the deadline can end the wait.
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"))
                    .build();
            long started = System.nanoTime();

            assertThatThrownBy(() -> Http.send(Http.client(), request, HttpResponse.BodyHandlers.ofString(),
                    Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class).hasMessageContaining("no answer");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
