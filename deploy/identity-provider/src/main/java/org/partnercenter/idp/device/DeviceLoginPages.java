package org.partnercenter.idp.device;

import static org.partnercenter.idp.page.Html.alert;
import static org.partnercenter.idp.page.Html.escape;

import org.partnercenter.idp.page.Html;
import org.partnercenter.idp.page.PageAnswer;

/** The device login pages around the sign-in pages: the code first, the outcome last. Plain HTML, no script. */
final class DeviceLoginPages {

    static final String WRONG_CODE = "That code didn't work. Check the code and try again.";
    static final String EXPIRED_CODE = "That code has expired or was cancelled. Start the sign-in on your device "
            + "again to get a new code.";

    private DeviceLoginPages() {
    }

    static PageAnswer enterCode(String typed, String error) {
        String body = "<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>" + alert(error)
                + "<form method=\"post\" action=\"" + DeviceCodeService.DEVICE_LOGIN_PATH + "\">"
                + "<label for=\"user-code\">Code</label>"
                + "<input id=\"user-code\" name=\"user_code\" type=\"text\" autocomplete=\"off\" autocapitalize=\"characters\""
                + " spellcheck=\"false\" required value=\"" + escape(typed) + "\""
                + (error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"error\"") + ">"
                + "<button id=\"next\" type=\"submit\" name=\"action\" value=\"next\">Next</button>"
                + "<button id=\"cancel\" class=\"secondary\" type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button>"
                + "</form>";
        return PageAnswer.page(200, Html.page("Enter code", body));
    }

    static PageAnswer signedIn(String clientName) {
        return outcome("You're signed in", "You have signed in to " + escape(clientName)
                + " on your device. You can close this window.");
    }

    static PageAnswer cancelled(String clientName) {
        return outcome("Sign-in cancelled", "You declined to sign in to " + escape(clientName)
                + " on your device. You can close this window.");
    }

    static PageAnswer failed(int aadstsCode, String description) {
        String body = "<h1>Sorry, but we're having trouble signing you in.</h1>"
                + "<p role=\"alert\" id=\"error\">AADSTS" + aadstsCode + ": " + escape(description) + "</p>"
                + "<p>The sign-in on your device was declined. Start it again there to get a new code.</p>";
        return PageAnswer.page(200, Html.page("Sign in failed", body));
    }

    private static PageAnswer outcome(String title, String escapedMessage) {
        return PageAnswer.page(200, Html.page(title, "<h1>" + escape(title) + "</h1><p id=\"outcome\">"
                + escapedMessage + "</p>"));
    }
}
