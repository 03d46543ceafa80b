package org.partnercenter.idp.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryStoreTest {

    private static final String TENANT = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void shouldReloadUsersApplicationsAndKeysWhenReopenedAfterARestart() {
        // given
        Path file = folder.resolve("idp/directory.json");
        User user = new User("u-1", "Ada@Contoso.example", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", CREATED, "Ada Lovelace",
                "JBSWY3DPEHPK3PXP");
        Application app = new Application("app-1", "obj-1", "sp-1", "billing export", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==",
                CREATED, List.of("http://127.0.0.1:8080/"), SignInAudience.MULTIPLE_ORGS, true);
        StoredKey key = new StoredKey("kid-1", "{\"kty\":\"RSA\"}", CREATED, null);
        new DirectoryStore(new DirectoryFile(file)).update(directory -> directory
                .withTenant(TENANT, Tenant.empty().withUser(user).withApplication(app))
                .withSigningKeys(List.of(key)));

        // when
        Directory reloaded = new DirectoryStore(new DirectoryFile(file)).current();

        // then
        Tenant tenant = reloaded.tenant(TENANT).orElseThrow();
        assertThat(tenant.userNamed("ada@contoso.example")).contains(user);
        assertThat(tenant.application("app-1")).contains(app);
        assertThat(reloaded.signingKeys()).containsExactly(key);
    }

    @Test
    void shouldReadUsersAndApplicationsWithoutSignInFieldsWhenFileIsFromAnOlderVersion() throws IOException {
        // given: a file written before display names, MFA, redirect URIs, sign-in audiences and public clients existed
        Path file = folder.resolve("directory.json");
        Files.writeString(file, """
                {"tenants": {"%s": {
                  "users": {"ada@contoso.example": {"id": "u-1", "userPrincipalName": "ada@contoso.example",
                            "passwordHash": "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", "createdAt": "2026-01-05T10:00:00Z"}},
                  "applications": {"app-1": {"appId": "app-1", "id": "obj-1", "servicePrincipalId": "sp-1",
                            "displayName": "export", "secretHash": "x", "createdAt": "2026-01-05T10:00:00Z"}}}},
                 "signingKeys": []}
                """.formatted(TENANT));

        // when
        Tenant tenant = new DirectoryStore(new DirectoryFile(file)).current().tenant(TENANT).orElseThrow();

        // then
        User user = tenant.userNamed("ada@contoso.example").orElseThrow();
        assertThat(user.displayName()).isEqualTo("ada");
        assertThat(user.hasMfa()).isFalse();
        Application app = tenant.application("app-1").orElseThrow();
        assertThat(app.redirectUris()).isEmpty();
        assertThat(app.signInAudience()).isEqualTo(SignInAudience.MY_ORG);
        assertThat(app.publicClient()).isFalse();
    }

    @Test
    void shouldStartEmptyWhenNoFileExists() {
        // when
        Directory directory = new DirectoryStore(new DirectoryFile(folder.resolve("missing.json"))).current();

        // then
        assertThat(directory.tenants()).isEmpty();
        assertThat(directory.signingKeys()).isEmpty();
    }

    @Test
    void shouldLeaveOnlyTheOwnerReadableFileWhenWritten() throws IOException {
        // given
        Path file = folder.resolve("directory.json");

        // when
        new DirectoryStore(new DirectoryFile(file)).update(directory -> directory.withTenant(TENANT, Tenant.empty()));

        // then: no temporary file is left beside it, and it is readable by its owner only
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldKeepPreviousDirectoryWhenAChangeFails() {
        // given
        Path file = folder.resolve("directory.json");
        DirectoryStore store = new DirectoryStore(new DirectoryFile(file));
        store.update(directory -> directory.withTenant(TENANT, Tenant.empty()));

        // when
        assertThatThrownBy(() -> store.update(directory -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        // then
        assertThat(store.current().tenant(TENANT)).isPresent();
        assertThat(new DirectoryStore(new DirectoryFile(file)).current().tenants()).containsOnlyKeys(TENANT);
    }
}
