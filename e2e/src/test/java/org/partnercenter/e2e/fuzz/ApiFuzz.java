package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestUser;

/**
 * The fuzz run: reads the merged OpenAPI, makes the fixtures, then sends each operation its valid request
 * and its hostile inputs one by one, checking every answer and, for the create routes, what is stored.
 */
public final class ApiFuzz {

    private final OpenApiDocument document;
    private final FuzzFixture fixture;
    private final RawHttp http;

    private ApiFuzz(OpenApiDocument document, FuzzFixture fixture, RawHttp http) {
        this.document = document;
        this.fixture = fixture;
        this.http = http;
    }

    public static ApiFuzz prepare(StackUnderTest stack) {
        String json = stack.gateway().anonymous().get("/openapi").then().statusCode(200).extract().asString();
        return new ApiFuzz(OpenApiDocument.parse(json), FuzzFixture.create(stack), new RawHttp(stack.gateway().url()));
    }

    public List<String> unavailableServices() {
        return document.unavailable();
    }

    public int operationCount() {
        return document.operations().size();
    }

    /** What one run found, and which valid requests were refused (their fuzz reached less far). */
    public record Result(Findings findings, List<String> refusedValidRequests) {

        public boolean isClean() {
            return findings.isEmpty();
        }

        public int requests() {
            return findings.requests();
        }

        /** The findings grouped by cause, then the first {@code lines} of them one by one. */
        public String report(int lines) {
            return findings.report(lines) + "valid requests not answered 2xx (their fuzz stops earlier):\n  "
                    + String.join("\n  ", refusedValidRequests) + "\n";
        }

        public void writeTo(Path file) {
            findings.writeTo(file, report(Integer.MAX_VALUE));
        }
    }

    public Result run() {
        ValidRequests valid = new ValidRequests(fixture, document);
        InputGenerator generator = new InputGenerator();
        Findings findings = new Findings();
        List<String> refusedValid = new ArrayList<>();
        for (FuzzOperation operation : document.operations()) {
            TestUser caller = fixture.callerFor(operation);
            JsonNode body = operation.takesBody() ? valid.body(operation) : null;
            FuzzInput request = valid.of(operation, caller, body);
            Optional<Supplier<String>> probe = StoredState.probeFor(operation, fixture);
            String stored = probe.map(Supplier::get).orElse(null);
            long begin = System.nanoTime();
            List<FuzzInput> inputs = new ArrayList<>(List.of(request));
            inputs.addAll(generator.inputs(operation, request, body));
            for (FuzzInput input : inputs) {
                RawHttp.Answer answer = http.send(operation.method(), input.target(operation.template()),
                        input.headers(), input.body());
                findings.checked(operation, input, answer);
                if (input == request && (answer.status() < 200 || answer.status() > 299)) {
                    refusedValid.add(operation + " -> " + answer.status() + " " + Findings.head(answer.body()));
                }
                if (probe.isPresent()) {
                    String now = probe.get().get();
                    if ((answer.status() >= 400 || answer.status() == 0) && !now.equals(stored)) {
                        findings.add(operation.toString(), input.kind(), input.detail(), answer.status(),
                                "stored from a refused write (" + stored + " before, " + now + " after)",
                                answer.body());
                    }
                    stored = now;
                }
            }
            System.out.printf("fuzz: %s, %d inputs in %d ms%n", operation, inputs.size(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
        return new Result(findings, refusedValid);
    }
}
