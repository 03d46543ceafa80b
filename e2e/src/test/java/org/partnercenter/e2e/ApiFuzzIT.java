package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.fuzz.ApiFuzz;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.StackUnderTest;

/**
 * Issue 12's hostile integrator, kept in the build: every operation of the gateway's merged OpenAPI gets
 * malformed JSON, wrong types, 2,000-deep nesting, 1 MB strings, 400-digit and 1e400 numbers, NUL and lone
 * surrogates, traversal and meta characters in ids and query values, garbage continuation tokens and etags,
 * each sent by a caller with the right to the operation against real ids. Every answer must be below 500,
 * every 4xx in the error shape, no body may show internals, and a refused create must store nothing. All
 * findings of a run are reported together: grouped by cause, and one by one in target/api-fuzz-findings.txt.
 */
@EndToEnd
@Order(Integer.MAX_VALUE) // last: see junit-platform.properties
class ApiFuzzIT {

    /** The grouped summary names every cause; beyond these, the findings are in the file. */
    private static final int SHOWN_FINDINGS = 150;

    private final StackUnderTest stack;

    ApiFuzzIT(StackUnderTest stack) {
        this.stack = stack;
    }

    @Test
    void shouldRefuseEveryHostileInputInTheErrorShapeAndStoreNothingWhenEveryOperationIsFuzzed() {
        long begin = System.nanoTime();
        ApiFuzz fuzz = ApiFuzz.prepare(stack);
        assertThat(fuzz.unavailableServices()).as("services missing from the merged OpenAPI").isEmpty();
        assertThat(fuzz.operationCount()).as("operations in the merged OpenAPI").isGreaterThan(40);

        ApiFuzz.Result result = fuzz.run();

        Path everyFinding = Path.of(System.getProperty("e2e.fuzz-findings", "target/api-fuzz-findings.txt"));
        result.writeTo(everyFinding);
        System.out.printf("e2e: fuzzed %d operations with %d requests in %d s%n", fuzz.operationCount(),
                result.requests(), Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        assertThat(result.isClean()).as(result.report(SHOWN_FINDINGS) + "every finding: " + everyFinding.toAbsolutePath())
                .isTrue();
    }
}
