package org.partnercenter.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack of this checkout lives, as the launcher itself decides it: the project root
 * ({@code pc.root}, which the build sets) and {@code PC_STACK_DIR}, else {@code target/local-stack}.
 */
record StackLocation(Path root, Path stackDir) {

    static StackLocation ofThisCheckout() {
        Path root = Path.of(System.getProperty("pc.root", "..")).toAbsolutePath().normalize();
        String stackDir = System.getenv().getOrDefault("PC_STACK_DIR", "target/local-stack");
        return new StackLocation(root, root.resolve(stackDir).normalize());
    }

    Path stackJson() {
        return stackDir.resolve("stack.json");
    }

    Path launcherJar() {
        return root.resolve("deploy/local-stack/target/local-stack.jar");
    }

    /** The suite runs what the reactor packaged before it; it never builds anything itself. */
    void requireBuilt() {
        if (!Files.isRegularFile(launcherJar())) {
            throw new IllegalStateException(launcherJar() + " is missing: package the suite first, e.g. "
                    + "./mvnw -DskipTests package in " + root + " (./mvnw verify does it before running this suite)");
        }
    }
}
