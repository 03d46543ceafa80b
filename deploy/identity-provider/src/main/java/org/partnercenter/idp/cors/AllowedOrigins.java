package org.partnercenter.idp.cors;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.session.Origins;

/**
 * The origins a browser app may call the provider's endpoints from: those of every registered redirect URI,
 * read from the directory at each request so that a new registration counts at once.
 */
@ApplicationScoped
class AllowedOrigins {

    private final DirectoryStore store;

    AllowedOrigins(DirectoryStore store) {
        this.store = store;
    }

    /** The request's origin, as the browser sent it, if it may call; empty otherwise. */
    Optional<String> allowed(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        Optional<String> normalised = Origins.of(origin).filter(candidate -> candidate.equalsIgnoreCase(origin));
        return normalised.filter(candidate -> store.current().tenants().values().stream()
                        .flatMap(tenant -> tenant.applications().values().stream())
                        .flatMap(app -> app.redirectUris().stream())
                        .map(Origins::of)
                        .flatMap(Optional::stream)
                        .anyMatch(candidate::equals))
                .map(ignored -> origin);
    }

    /** Discovery, keys and token endpoints: what an SPA fetches. Sign-in pages and administration are not. */
    static boolean isBrowserApi(String path) {
        return path.endsWith("/.well-known/openid-configuration") || path.contains("/discovery/")
                || path.endsWith("/oauth2/v2.0/token") || path.endsWith("/oauth2/token");
    }
}
