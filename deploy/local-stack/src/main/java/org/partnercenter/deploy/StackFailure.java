package org.partnercenter.deploy;

/** A failure whose message tells the developer what went wrong and what to do: printed without a stack trace. */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }

    public StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
