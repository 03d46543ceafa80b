package org.partnercenter.deploy.demo;

import java.io.IOException;

/**
 * One part of the demo data, loaded through the public API only, as a partner integration would.
 * {@link DemoLoader#STEPS} runs them in order; a step reads what earlier ones made from {@link DemoContext}.
 *
 * <p>A step for a service still being built answers {@code false} from {@link #available}, typically after
 * a read of its collection through the gateway does not answer 200, and the loader skips it with a line
 * saying so: the demo keeps working while that service lands.
 */
interface DemoStep {

    /** What the step loads, for progress lines: "partners", "a month of usage". */
    String name();

    default boolean available(DemoContext demo) throws IOException, InterruptedException {
        return true;
    }

    /** Loads the step's data and says what it made, e.g. "4 partners (1 direct, ...)". */
    String load(DemoContext demo) throws IOException, InterruptedException;
}
