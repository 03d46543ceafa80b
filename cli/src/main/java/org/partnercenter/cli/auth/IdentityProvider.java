package org.partnercenter.cli.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.DebugLog;
import org.partnercenter.cli.http.Http;

/**
 * Azure AD's v2 endpoints under an authority: {@code /{tenant}/oauth2/v2.0/token} and {@code /devicecode}. Their
 * form bodies and answers hold secrets, codes and tokens, so --debug shows only the method, address and status.
 */
final class IdentityProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = Http.client();
    private final String authority;
    private final Http.Peer peer;
    private final DebugLog debug;

    IdentityProvider(String authority, DebugLog debug) {
        this.authority = authority;
        this.peer = new Http.Peer("the identity provider", authority, "--authority");
        this.debug = debug;
    }

    IdentityAnswer token(String tenant, Map<String, String> form) {
        return post(tenant, "token", form);
    }

    IdentityAnswer deviceCode(String tenant, Map<String, String> form) {
        return post(tenant, "devicecode", form);
    }

    private IdentityAnswer post(String tenant, String endpoint, Map<String, String> form) {
        URI uri = uri(tenant + "/oauth2/v2.0/" + endpoint);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        debug.line("POST " + uri + " (grant " + form.getOrDefault("grant_type", endpoint) + ", form hidden)");
        HttpResponse<String> response = Http.exchange(http, request, HttpResponse.BodyHandlers.ofString(),
                Http.ANSWER, peer);
        debug.line("answered " + response.statusCode() + " (body hidden)");
        return new IdentityAnswer(response.statusCode(), json(response));
    }

    private URI uri(String path) {
        return Http.uri(peer, authority + "/" + path);
    }

    /** Its JSON; a proxy's error page is said to be one, not quoted as the JSON parser's complaint. */
    private JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
        } catch (JsonProcessingException e) {
            throw new CliFailure(ExitCodes.REFUSED, "the identity provider at " + authority + " answered HTTP "
                    + response.statusCode() + " with something that is not JSON (is --authority its address?)");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
