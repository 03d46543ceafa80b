package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.partnercenter.e2e.support.StackUnderTest;

/**
 * The fuzz run: reads the merged OpenAPI, makes the fixtures, then sends each operation its valid request
 * and its hostile inputs (a few at a time; one by one where a delete or a per-write check needs the order),
 * checking every answer and, for the create routes, what is stored.
 */
public final class ApiFuzz {

    /** Inputs of one operation go out this many at a time, except where their order matters. */
    private static final int CONCURRENT_REQUESTS = 4;

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
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            for (FuzzOperation operation : document.operations()) {
                long begin = System.nanoTime();
                JsonNode body = operation.takesBody() ? valid.body(operation) : null;
                FuzzInput request = valid.of(operation, fixture.callerFor(operation), body);
                List<FuzzInput> inputs = new ArrayList<>(List.of(request));
                inputs.addAll(generator.inputs(operation, request, body));
                Optional<StoredState> stored = StoredState.probeFor(operation, fixture);
                String before = stored.map(StoredState::read).orElse(null);
                boolean oneByOne = operation.destructive() || stored.filter(s -> !s.counted()).isPresent();
                List<Future<RawHttp.Answer>> answers = new ArrayList<>();
                int accepted = 0;
                for (FuzzInput input : inputs) {
                    // The valid request goes first and alone: what it finds must not depend on a race.
                    boolean alone = oneByOne || input == request;
                    answers.add(alone ? CompletableFuture.completedFuture(send(operation, input))
                            : senders.submit(() -> send(operation, input)));
                    if (oneByOne && stored.isPresent()) {
                        before = compareAfter(operation, input, answers.get(answers.size() - 1).get(), stored.get(),
                                before, findings);
                    }
                }
                for (int i = 0; i < inputs.size(); i++) {
                    RawHttp.Answer answer = answers.get(i).get();
                    findings.checked(operation, inputs.get(i), answer);
                    accepted += answer.status() / 100 == 2 ? 1 : 0;
                    if (i == 0 && answer.status() / 100 != 2) {
                        refusedValid.add(operation + " -> " + answer.status() + " " + Findings.head(answer.body()));
                    }
                }
                if (stored.isPresent() && stored.get().counted()) {
                    int grown = StoredState.count(stored.get().read()) - StoredState.count(before);
                    if (grown > accepted) {
                        findings.add(operation.toString(), InputClass.EVERY_INPUT, "all " + inputs.size() + " inputs",
                                0, "stored from refused writes (" + grown + " more rows for " + accepted
                                        + " accepted creates)", before);
                    }
                }
                System.out.printf("fuzz: %s, %d inputs in %d ms%n", operation, inputs.size(),
                        (System.nanoTime() - begin) / 1_000_000);
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("the fuzz was interrupted", e);
        } finally {
            senders.shutdownNow();
        }
        return new Result(findings, refusedValid);
    }

    private RawHttp.Answer send(FuzzOperation operation, FuzzInput input) {
        return http.send(operation.method(), input.target(operation.template()), input.headers(), input.body());
    }

    /** Reads the state after one write; a refused write must have left it as it was. Answers the state now. */
    private static String compareAfter(FuzzOperation operation, FuzzInput input, RawHttp.Answer answer,
            StoredState stored, String before, Findings findings) {
        String now = stored.read();
        if (answer.status() / 100 != 2 && !now.equals(before)) {
            findings.add(operation.toString(), input.kind(), input.detail(), answer.status(),
                    "stored from a refused write (" + before + " before, " + now + " after)", answer.body());
        }
        return now;
    }
}
