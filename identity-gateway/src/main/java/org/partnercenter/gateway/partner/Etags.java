package org.partnercenter.gateway.partner;

import org.partnercenter.commons.error.ApiException;

/** {@code If-Match} against a version number: absent means "whatever is current", stale is 400/2055. */
final class Etags {

    private Etags() {
    }

    static void require(String ifMatch, int version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        if (!ifMatch.trim().replace("\"", "").replace("W/", "").equals(String.valueOf(version))) {
            throw ApiException.staleEtag();
        }
    }
}
