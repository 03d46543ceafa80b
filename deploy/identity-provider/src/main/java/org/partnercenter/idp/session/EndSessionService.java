package org.partnercenter.idp.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.page.Html;
import org.partnercenter.idp.page.PageAnswer;

/**
 * Sign-out (end_session): revokes the refresh tokens of the sign-in that the ID token hint names, then
 * returns to the application if it asked to and the address belongs to it, or shows a signed-out page.
 */
@ApplicationScoped
public class EndSessionService {

    private final IdTokenHints hints;
    private final RefreshTokens refreshTokens;
    private final DirectoryStore store;
    private final Tenants tenants;

    EndSessionService(IdTokenHints hints, RefreshTokens refreshTokens, DirectoryStore store, Tenants tenants) {
        this.hints = hints;
        this.refreshTokens = refreshTokens;
        this.store = store;
        this.tenants = tenants;
    }

    public PageAnswer signOut(String tenantSegment, String postLogoutRedirectUri, String idTokenHint,
                              String clientIdParameter, String state) {
        tenants.forDiscovery(tenantSegment);
        Optional<IdTokenHints.Hint> hint = hints.read(blankToNull(idTokenHint));
        hint.map(IdTokenHints.Hint::sid).filter(Objects::nonNull).ifPresent(refreshTokens::revokeSession);
        Optional<String> clientId = Optional.ofNullable(blankToNull(clientIdParameter))
                .or(() -> hint.map(IdTokenHints.Hint::clientId));
        String target = blankToNull(postLogoutRedirectUri);
        if (target != null && clientId.filter(id -> belongsTo(id, target)).isPresent()) {
            String separator = target.contains("?") ? "&" : "?";
            return PageAnswer.redirect(URI.create(blankToNull(state) == null ? target
                    : target + separator + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
        }
        return PageAnswer.page(200, Html.page("Signed out", "<h1>You have signed out of your account</h1>"
                + "<p>It's a good idea to close all browser windows.</p>"));
    }

    /** Whether the address has the origin of one of the client's registered redirect URIs. */
    private boolean belongsTo(String clientId, String target) {
        Optional<String> origin = Origins.of(target);
        return origin.isPresent() && store.current().applicationsWithAppId(clientId).stream()
                .map(Located::value)
                .map(Application::redirectUris)
                .flatMap(uris -> uris.stream())
                .map(Origins::of)
                .anyMatch(origin::equals);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
