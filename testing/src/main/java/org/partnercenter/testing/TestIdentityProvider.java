package org.partnercenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The development identity provider (deploy/identity-provider), packaged by the build and started once
 * per test JVM as its own process, so tests sign in through Azure AD's real endpoints and shapes with
 * real RS256 tokens. Found through a JVM-wide property across Quarkus restarts.
 */
public final class TestIdentityProvider {

    private static final String SHARED_AUTHORITY = "partner-center.test.idp.authority";
    private static final String JAR = "deploy/identity-provider/target/quarkus-app/quarkus-run.jar";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestIdentityProvider() {
    }

    /** The authority URL, such as {@code http://127.0.0.1:41234} (no tenant, no /v2.0). */
    public static String authority() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(SHARED_AUTHORITY);
            if (running == null) {
                running = start();
                System.setProperty(SHARED_AUTHORITY, running);
            }
            return running;
        }
    }

    /** Creates a user in the tenant and answers its object id. */
    public static String createUser(String tenantId, String userPrincipalName, String password) {
        return post("/" + tenantId + "/users", "{\"userPrincipalName\":\"" + userPrincipalName
                + "\",\"password\":\"" + password + "\"}").path("id").asText();
    }

    /** Creates a user with a chosen object id, which another tenant's user may already carry. */
    public static String createUser(String tenantId, String userPrincipalName, String password, String objectId) {
        return post("/" + tenantId + "/users", "{\"userPrincipalName\":\"" + userPrincipalName
                + "\",\"password\":\"" + password + "\",\"id\":\"" + objectId + "\"}").path("id").asText();
    }

    /** Creates an application in the tenant: its {@code appId} and {@code secret}. */
    public static JsonNode createApplication(String tenantId, String displayName) {
        return post("/" + tenantId + "/applications", "{\"displayName\":\"" + displayName + "\"}");
    }

    /** The tenant's published JWKS document, as text. */
    public static String jwks(String tenantId) {
        return send(HttpRequest.newBuilder(URI.create(authority() + "/" + tenantId + "/discovery/v2.0/keys"))
                .build()).body();
    }

    /** The raw token endpoint response (v2 unless the path says otherwise), form fields as given. */
    public static HttpResponse<String> token(String tenantId, boolean v1, String form) {
        String path = "/" + tenantId + (v1 ? "/oauth2/token" : "/oauth2/v2.0/token");
        return send(HttpRequest.newBuilder(URI.create(authority() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** An access token from a successful token request, or an assertion error with the provider's answer. */
    public static String accessToken(String tenantId, boolean v1, String form) {
        HttpResponse<String> response = token(tenantId, v1, form);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).path("access_token").asText();
    }

    private static JsonNode post(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(authority() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (response.statusCode() != 201) {
            throw new AssertionError("identity provider refused " + path + ": " + response.body());
        }
        return read(response.body());
    }

    private static String start() {
        Path jar = projectRoot().resolve(JAR);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build deploy/identity-provider first "
                    + "(./mvnw install -pl deploy/identity-provider -DskipTests)");
        }
        try {
            int port = freePort();
            Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "idp-");
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx128m", "-Dquarkus.http.port=" + port,
                    "-Didp.authority=http://127.0.0.1:" + port,
                    "-Didp.directory-file=" + work.resolve("directory.json"), "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(work.resolve("identity-provider.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "test-idp-stop"));
            String authority = "http://127.0.0.1:" + port;
            awaitReady(authority, process, work);
            return authority;
        } catch (IOException e) {
            throw new IllegalStateException("the identity provider did not start", e);
        }
    }

    private static void awaitReady(String authority, Process process, Path work) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() - deadline < 0 && process.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(authority + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the identity provider was not ready in 60 s; see " + work);
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/identity-provider"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("identity provider unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
