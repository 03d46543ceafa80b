package org.partnercenter.cli.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * The command line's HTTP, for the API and the identity provider alike. HTTP/1.1 only: on a plain http:// address
 * Java's client otherwise offers the server an h2c upgrade, and a clean-clone e2e run hung for minutes on such an
 * exchange with the request's own timeout never firing (as the gateway's API-document fetch once did). So every
 * exchange also has a deadline of its own, after which it is abandoned.
 */
public final class Http {

    /** A JSON call: the request's timeout (60 s to the answer's headers) should fire well before. */
    public static final Duration ANSWER = Duration.ofMinutes(2);
    /** A file sent or fetched whole (a large price list, an export's part). */
    public static final Duration TRANSFER = Duration.ofMinutes(30);

    /** Who is called, for messages: "the API" at its address, and the option that names another. */
    public record Peer(String name, String address, String option) {
    }

    private Http() {
    }

    /** An address to call: an http(s) URL with a host, else a usage error naming the option to fix. */
    public static URI uri(Peer peer, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("not a valid address: " + url);
        }
        if (uri.getHost() == null || !String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT).matches("https?")) {
            throw CliFailure.usage("not an http(s) address: " + peer.address() + " (" + peer.option()
                    + " https://host[:port])");
        }
        return uri;
    }

    /** {@link #send}, its failures said as the command's (exit 1), naming the peer and how to reach another. */
    public static <T> HttpResponse<T> exchange(HttpClient http, HttpRequest request,
            HttpResponse.BodyHandler<T> handler, Duration deadline, Peer peer) {
        try {
            return send(http, request, handler, deadline);
        } catch (ConnectException e) {
            throw new CliFailure(ExitCodes.REFUSED, "cannot reach " + peer.name() + " at " + peer.address()
                    + " (is the stack running? " + peer.option() + " sets another address)");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, peer.name() + " at " + peer.address() + " did not answer: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.REFUSED, "interrupted");
        }
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** {@link HttpClient#send}, bounded by {@code deadline}; its failures as send would throw them. */
    public static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> handler,
            Duration deadline) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> answer = http.sendAsync(request, handler);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no answer within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}
