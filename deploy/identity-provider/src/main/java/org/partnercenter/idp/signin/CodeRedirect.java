package org.partnercenter.idp.signin;

import org.partnercenter.idp.page.PageAnswer;
import org.partnercenter.idp.session.AuthorizationCodes;
import org.partnercenter.idp.session.SignInSession;

/** The end of the authorization code flow: back to the verified redirect URI with a code, or with an error. */
record CodeRedirect(AuthorizationRequest request, AuthorizationCodes codes) implements SignInFinish {

    @Override
    public PageAnswer signedIn(SignInSession session) {
        String code = codes.issue(session, request.redirectUri(), request.codeChallenge(), request.nonce(),
                request.scope());
        return PageAnswer.redirect(Redirects.withCode(request, code));
    }

    @Override
    public PageAnswer failed(int aadstsCode, String description) {
        return PageAnswer.redirect(Redirects.withError(request,
                new AuthorizeFailure("access_denied", aadstsCode, description)));
    }
}
