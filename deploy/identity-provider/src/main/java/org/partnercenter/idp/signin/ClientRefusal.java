package org.partnercenter.idp.signin;

/**
 * An authorization request whose client or redirect URI did not check out. It is answered with a page
 * and never with a redirect: sending a browser to an unverified URI would make the provider an open redirector.
 */
class ClientRefusal extends RuntimeException {

    private final int code;

    ClientRefusal(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
