package org.partnercenter.idp.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnercenter.idp.error.AadErrors;

/** Checks an application's redirect URIs as Azure AD's app registration does for SPAs. */
final class RedirectUris {

    private RedirectUris() {
    }

    /** The URIs as given (they are compared exactly later), each absolute http or https without a fragment. */
    static List<String> checked(List<String> uris) {
        if (uris == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String uri : uris) {
            if (uri == null || !isAbsoluteHttp(uri)) {
                throw AadErrors.invalidBody("Each of 'redirectUris' must be an absolute http or https URI without a "
                        + "fragment, such as 'http://127.0.0.1:8080/'; got '" + uri + "'.");
            }
            if (!checked.contains(uri)) {
                checked.add(uri);
            }
        }
        return List.copyOf(checked);
    }

    private static boolean isAbsoluteHttp(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && parsed.getHost() != null
                    && parsed.getRawFragment() == null && parsed.getRawUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
