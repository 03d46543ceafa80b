package org.partnercenter.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An app's generated manifests as committed in the base: the generator's output, in canonical order, under a header. */
final class GeneratedManifest {

    static final String REGENERATE = "./mvnw -B -ntp verify -pl deploy/kubernetes -am -DskipITs"
            + " -Dtest='org/partnercenter/deploy/kubernetes/**/*Test' -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dmanifests.update=true";

    private GeneratedManifest() {
    }

    static String header(String app) {
        return "# generated — do not edit; regenerate with:\n"
                + "#   " + REGENERATE + "\n"
                + "# from " + app + "/target/kubernetes/kubernetes.yml (quarkus-kubernetes: commons'"
                + " META-INF/microprofile-config.properties\n"
                + "# and " + app + "'s application.properties, section \"Kubernetes manifests\"), keys and named lists sorted.\n";
    }

    /** What the app's build generated in this reactor, in canonical order (CanonicalYaml). */
    static String fresh(String app) {
        return CanonicalYaml.of(raw(app), Repository.generated(app).toString());
    }

    private static String raw(String app) {
        Path generated = Repository.generated(app);
        if (!Files.isRegularFile(generated)) {
            throw new AssertionError(generated + " is missing: package the apps in the same build (-am), e.g. "
                    + REGENERATE.replace(" -Dmanifests.update=true", ""));
        }
        String yaml = Repository.read(generated);
        // Commons' settings switch the timestamp off: an app packaged without commons in its reactor took the
        // installed commons, whose settings may be older than the tree's.
        if (yaml.contains("app.quarkus.io/build-timestamp")) {
            throw new AssertionError(generated + " was generated without this tree's commons settings: build commons"
                    + " and the apps together (-am), e.g. " + REGENERATE.replace(" -Dmanifests.update=true", ""));
        }
        return yaml;
    }

    /** The committed file without its header. */
    static String committedBody(String app) {
        String committed = Repository.read(Repository.committed(app));
        StringBuilder body = new StringBuilder();
        boolean inHeader = true;
        for (String line : committed.split("\n", -1)) {
            if (inHeader && line.startsWith("#")) {
                continue;
            }
            inHeader = false;
            body.append(line).append('\n');
        }
        return body.substring(0, body.length() - 1);
    }

    static void write(String app) {
        try {
            Files.writeString(Repository.committed(app), header(app) + fresh(app));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
