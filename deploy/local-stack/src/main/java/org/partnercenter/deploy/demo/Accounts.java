package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.partnercenter.deploy.identity.DirectoryUsers;
import org.partnercenter.deploy.identity.Passwords;

/**
 * Users of the partners' tenants in the development identity provider, and their tokens for this API
 * (password grant, as scripts sign in). A token is asked for once per user: each sign-in checks a
 * deliberately slow password hash.
 */
final class Accounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String authority;
    private final String audience;
    private final DirectoryUsers directory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Accounts(String authority, String audience) {
        this.authority = authority;
        this.audience = audience;
        this.directory = new DirectoryUsers(authority);
    }

    /** A new user of the tenant with a new password and MFA; the roles are what the partner will grant it. */
    DemoUser create(String tenantId, String userPrincipalName, List<String> roles)
            throws IOException, InterruptedException {
        String password = Passwords.generate();
        DirectoryUsers.CreatedUser created = directory.create(tenantId, userPrincipalName, password)
                .orElseThrow(() -> new DemoFailure(userPrincipalName + " already exists in tenant " + tenantId
                        + " of the identity provider"));
        return new DemoUser(tenantId, created.objectId(), userPrincipalName, password, roles,
                created.totpSecret().orElse(null));
    }

    /** A user to create: in which tenant, its sign-in name, and the roles its partner will grant it. */
    record NewAccount(String tenantId, String userPrincipalName, List<String> roles) {
    }

    /**
     * Creates the users side by side, answered in the order asked: each costs the provider a deliberately
     * slow password hash, which one at a time would make most of the demo's load time.
     */
    List<DemoUser> createAll(List<NewAccount> accounts) throws IOException, InterruptedException {
        ExecutorService creators = Executors.newFixedThreadPool(4);
        try {
            List<Future<DemoUser>> created = new ArrayList<>();
            for (NewAccount account : accounts) {
                created.add(creators.submit(() -> create(account.tenantId(), account.userPrincipalName(),
                        account.roles())));
            }
            List<DemoUser> users = new ArrayList<>();
            for (Future<DemoUser> user : created) {
                users.add(user.get());
            }
            return users;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new DemoFailure(e.toString(), e);
        } finally {
            creators.shutdownNow();
        }
    }

    String token(DemoUser user) throws IOException, InterruptedException {
        String cached = tokens.get(user.userPrincipalName());
        if (cached != null) {
            return cached;
        }
        String token = signIn(user.tenantId(), user.userPrincipalName(), user.password());
        tokens.put(user.userPrincipalName(), token);
        return token;
    }

    private String signIn(String tenantId, String userPrincipalName, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "local-stack-demo", "username", userPrincipalName,
                        "password", password, "scope", audience + "/.default")
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(authority + "/" + tenantId + "/oauth2/v2.0/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
            throw new DemoFailure("the identity provider refused a token to " + userPrincipalName + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return answer.get("access_token").asText();
    }
}
