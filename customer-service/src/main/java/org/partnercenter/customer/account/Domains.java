package org.partnercenter.customer.account;

import java.util.Locale;

/** Customer domains: DNS names, compared without regard to case, as Azure AD does. */
final class Domains {

    static final String PATTERN = "(?i)^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";
    static final String MESSAGE = "must be a domain name such as contoso.onmicrosoft.com";

    private Domains() {
    }

    static String normalize(String domain) {
        return domain.trim().toLowerCase(Locale.ROOT);
    }
}
