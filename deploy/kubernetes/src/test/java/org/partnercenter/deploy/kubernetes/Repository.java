package org.partnercenter.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the suite's files are: the repository root (the build passes it), the apps and deploy/kubernetes. */
final class Repository {

    static final List<String> APPS = List.of("customer-service", "billing-service", "pricing-service",
            "support-service", "identity-gateway");

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("partner-center.root");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        return root.toAbsolutePath().normalize();
    }

    static Path manifests() {
        return root().resolve("deploy/kubernetes");
    }

    static Path base() {
        return manifests().resolve("base");
    }

    static Path overlay(String name) {
        return manifests().resolve("overlays").resolve(name);
    }

    /** The committed copy of an app's generated manifests. */
    static Path committed(String app) {
        return base().resolve(app + ".yaml");
    }

    /** What the app's build generated in this reactor (quarkus-kubernetes). */
    static Path generated(String app) {
        return root().resolve(app).resolve("target/kubernetes/kubernetes.yml");
    }

    static Path applicationProperties(String app) {
        return root().resolve(app).resolve("src/main/resources/application.properties");
    }

    static Path commonsConfig() {
        return root().resolve("commons/src/main/resources/META-INF/microprofile-config.properties");
    }

    static Path compose() {
        return root().resolve("compose.yaml");
    }

    static boolean updating() {
        return Boolean.getBoolean("manifests.update");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
