package org.partnercenter.cli;

/** The exit codes scripts rely on (cli/README.md documents them): never change a number's meaning. */
public final class ExitCodes {

    public static final int DONE = 0;
    /** The API (or the identity provider) refused; its description went to stderr. */
    public static final int REFUSED = 1;
    /** Bad arguments: picocli's own code for usage errors. */
    public static final int USAGE = 2;
    public static final int SIGN_IN_NEEDED = 3;
    public static final int NOT_FOUND = 4;

    private ExitCodes() {
    }
}
