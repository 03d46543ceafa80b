package org.partnercenter.idp.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Clock;
import java.util.Optional;
import org.partnercenter.idp.directory.Application;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.User;
import org.partnercenter.idp.mfa.Totp;
import org.partnercenter.idp.page.PageAnswer;
import org.partnercenter.idp.session.AuthorizationCodes;
import org.partnercenter.idp.session.SignInSession;

/**
 * Interactive sign-in: checks an authorization request, shows the sign-in pages, checks the password
 * and, for users with MFA, the authenticator code, then ends the sign-in as its flow says: for the
 * authorization code flow, by sending the browser back with an authorization code.
 */
@ApplicationScoped
public class SignInService {

    static final int MAX_FAILED_CODES = 5;

    private final AuthorizeChecks checks;
    private final PendingSignIns pending;
    private final UserLookup users;
    private final Totp totp;
    private final AuthorizationCodes codes;
    private final Clock clock;

    SignInService(AuthorizeChecks checks, PendingSignIns pending, UserLookup users, Totp totp,
                  AuthorizationCodes codes, Clock clock) {
        this.checks = checks;
        this.pending = pending;
        this.users = users;
        this.totp = totp;
        this.codes = codes;
        this.clock = clock;
    }

    public PageAnswer begin(String tenantSegment, MultivaluedMap<String, String> query) {
        AuthorizationRequest request = AuthorizationRequest.from(tenantSegment, query);
        Located<Application> client;
        try {
            client = checks.client(request);
        } catch (ClientRefusal refused) {
            return SignInPages.refusal(400, refused.code(), refused.getMessage());
        }
        Optional<AuthorizeFailure> failure = checks.failure(request);
        if (failure.isPresent()) {
            return PageAnswer.redirect(Redirects.withError(request, failure.get()));
        }
        String clientName = client.value().displayName();
        return SignInPages.password(pending.open(request, clientName, new CodeRedirect(request, codes)), clientName,
                request.loginHint(), null);
    }

    /**
     * The same sign-in pages for another flow, whose client the caller has checked: the device code flow once
     * the user entered a valid code. Users are looked up at {@code tenantSegment}, as for an authorization request.
     */
    public PageAnswer beginFor(String tenantSegment, String clientId, String clientName, String scope,
                               SignInFinish finish) {
        AuthorizationRequest request = AuthorizationRequest.forClient(tenantSegment, clientId, scope);
        return SignInPages.password(pending.open(request, clientName, finish), clientName, null, null);
    }

    public PageAnswer submit(String tenantSegment, MultivaluedMap<String, String> form) {
        Optional<PendingSignIn> found = pending.find(form == null ? null : form.getFirst("request"), tenantSegment);
        if (found.isEmpty()) {
            return SignInPages.expired();
        }
        PendingSignIn signIn = found.get();
        return signIn.user() == null ? checkPassword(signIn, form) : checkCode(signIn, form.getFirst("otp"));
    }

    private PageAnswer checkPassword(PendingSignIn signIn, MultivaluedMap<String, String> form) {
        String username = form.getFirst("username");
        Optional<Located<User>> user = users.withPassword(signIn.request().tenantSegment(), username,
                form.getFirst("password"));
        if (user.isEmpty()) {
            return SignInPages.password(signIn, signIn.clientName(), username, SignInPages.WRONG_PASSWORD);
        }
        if (!user.get().value().hasMfa()) {
            return complete(signIn, user.get(), false);
        }
        PendingSignIn awaiting = signIn.awaitingCode(user.get());
        return pending.update(signIn, awaiting) ? SignInPages.code(awaiting, null) : SignInPages.expired();
    }

    private PageAnswer checkCode(PendingSignIn signIn, String code) {
        if (totp.verify(signIn.user().value().totpSecret(), code)) {
            return complete(signIn, signIn.user(), true);
        }
        PendingSignIn failed = signIn.withFailedCode();
        if (failed.failedCodes() >= MAX_FAILED_CODES) {
            if (!pending.close(signIn)) {
                return SignInPages.expired();
            }
            return signIn.finish().failed(500121,
                    "Authentication failed during strong authentication request: too many wrong codes.");
        }
        return pending.update(signIn, failed) ? SignInPages.code(failed, SignInPages.WRONG_CODE) : SignInPages.expired();
    }

    private PageAnswer complete(PendingSignIn signIn, Located<User> user, boolean mfa) {
        if (!pending.close(signIn)) {
            return SignInPages.expired();
        }
        return signIn.finish().signedIn(SignInSession.started(user, signIn.request().clientId(), mfa, clock.instant()));
    }
}
