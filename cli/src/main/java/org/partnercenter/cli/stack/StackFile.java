package org.partnercenter.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercenter.cli.CliEnvironment;

/**
 * The local stack's {@code stack.json} (deploy/local-stack writes it while the stack runs): where the API, the
 * identity provider and the CLI's own app registration are, so that on a developer machine no option is needed.
 */
public record StackFile(JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** $PC_STACK_DIR/stack.json, else target/local-stack/stack.json under the launcher's root or the working folder. */
    public static Optional<StackFile> find(CliEnvironment env) {
        List<Path> candidates = new ArrayList<>();
        // As the launcher reads PC_STACK_DIR: relative to the repository root.
        env.variable("PC_STACK_DIR").ifPresent(dir -> candidates.add(
                env.root().map(root -> root.resolve(dir)).orElse(Path.of(dir)).resolve("stack.json")));
        env.root().ifPresent(root -> candidates.add(root.resolve("target/local-stack/stack.json")));
        candidates.add(env.workingDirectory().resolve("target/local-stack/stack.json"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return Optional.of(new StackFile(JSON.readTree(candidate.toFile())));
                } catch (IOException e) {
                    return Optional.empty(); // half-written or gone: as if there were no stack
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> text(String field) {
        JsonNode value = json.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
