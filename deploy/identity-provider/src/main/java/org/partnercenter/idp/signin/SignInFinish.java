package org.partnercenter.idp.signin;

import org.partnercenter.idp.page.PageAnswer;
import org.partnercenter.idp.session.SignInSession;

/**
 * How a sign-in on these pages ends. The pages themselves (password, then the authenticator code) are the
 * same for every flow; the authorization code flow sends the browser back to the application, the device
 * code flow approves the waiting device and tells the user so.
 */
public interface SignInFinish {

    /** The user proved who they are: what the browser is answered. */
    PageAnswer signedIn(SignInSession session);

    /** The sign-in is over without a user (too many wrong authenticator codes), with Azure AD's code for why. */
    PageAnswer failed(int aadstsCode, String description);
}
