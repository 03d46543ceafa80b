package org.partnercenter.deploy.demo;

/** Demo data could not be loaded; the message names the call and the service's answer. */
public final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
