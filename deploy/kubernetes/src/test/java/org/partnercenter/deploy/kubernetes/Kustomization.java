package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a kustomization.yaml assembles: its resource files (through the directories it includes) and patches. */
record Kustomization(Path directory, JsonNode document) {

    static Kustomization of(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " has no kustomization.yaml");
        }
        return new Kustomization(directory, YamlDocuments.of(file).get(0));
    }

    /** Every resource file, those of included kustomizations first where they are listed. */
    List<Path> resourceFiles() {
        List<Path> files = new ArrayList<>();
        for (JsonNode entry : document.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                files.addAll(of(path).resourceFiles());
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The patch files of this kustomization and of those it includes. */
    List<Path> patchFiles() {
        List<Path> files = new ArrayList<>();
        for (JsonNode entry : document.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                files.addAll(of(path).patchFiles());
            }
        }
        for (JsonNode patch : document.path("patches")) {
            if (patch.has("path")) {
                files.add(directory.resolve(patch.path("path").asText()).normalize());
            }
        }
        return files;
    }

    /** The patches of this kustomization alone, as written (path, target). */
    List<JsonNode> patches() {
        List<JsonNode> patches = new ArrayList<>();
        document.path("patches").forEach(patches::add);
        return patches;
    }
}
