package org.partnercenter.deploy;

/** A failure whose message tells the developer what went wrong and what to do: printed without a stack trace. */
final class StackFailure extends RuntimeException {

    StackFailure(String message) {
        super(message);
    }

    StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
