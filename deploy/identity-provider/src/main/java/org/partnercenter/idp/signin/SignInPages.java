package org.partnercenter.idp.signin;

import static org.partnercenter.idp.page.Html.alert;
import static org.partnercenter.idp.page.Html.escape;

import org.partnercenter.idp.page.Html;
import org.partnercenter.idp.page.PageAnswer;

/**
 * The sign-in pages: plain forms that work without JavaScript, each input with its label, and every
 * echoed value escaped. The pending request travels as an opaque id in a hidden field.
 */
final class SignInPages {

    static final String WRONG_PASSWORD = "Your account or password is incorrect.";
    static final String WRONG_CODE = "You didn't enter the expected verification code. Please try again.";

    private SignInPages() {
    }

    static PageAnswer password(PendingSignIn pending, String appName, String username, String error) {
        String body = "<h1>Sign in</h1><p>to continue to " + escape(appName) + "</p>" + alert(error)
                + form(pending)
                + "<label for=\"username\">Email or user name</label>"
                + "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" required"
                + " autocapitalize=\"none\" spellcheck=\"false\" value=\"" + escape(username) + "\">"
                + "<label for=\"password\">Password</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required"
                + (error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"error\"") + ">"
                + "<button id=\"sign-in\" type=\"submit\">Sign in</button></form>";
        return PageAnswer.page(200, Html.page("Sign in to your account", body));
    }

    static PageAnswer code(PendingSignIn pending, String error) {
        String body = "<h1>Enter code</h1><p>Enter the code displayed in the authenticator app on your device for "
                + escape(pending.user().value().userPrincipalName()) + ".</p>" + alert(error)
                + form(pending)
                + "<label for=\"otp\">Code from your authenticator app</label>"
                + "<input id=\"otp\" name=\"otp\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\""
                + " maxlength=\"6\" required" + (error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"error\"")
                + ">"
                + "<button id=\"verify\" type=\"submit\">Verify</button></form>";
        return PageAnswer.page(200, Html.page("Enter code", body));
    }

    /** A refusal that must not go back to the application (unknown client, unregistered redirect URI). */
    static PageAnswer refusal(int status, int code, String message) {
        String body = "<h1>Sorry, but we're having trouble signing you in.</h1>"
                + "<p role=\"alert\" id=\"error\">AADSTS" + code + ": " + escape(message) + "</p>";
        return PageAnswer.page(status, Html.page("Sign in failed", body));
    }

    static PageAnswer expired() {
        return refusal(400, 9002313, "This sign-in request is not known or has expired (pending requests are kept "
                + "in memory for 15 minutes). Go back to the application and sign in again.");
    }

    private static String form(PendingSignIn pending) {
        return "<form method=\"post\" action=\"/" + escape(pending.request().tenantSegment())
                + "/oauth2/v2.0/authorize\"><input type=\"hidden\" name=\"request\" value=\""
                + escape(pending.id()) + "\">";
    }
}
