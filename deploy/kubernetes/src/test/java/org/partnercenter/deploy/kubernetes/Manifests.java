package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The typed resources a kustomization assembles (before its patches): what the tests read the manifests as. */
final class Manifests {

    private final List<HasMetadata> resources;

    private Manifests(List<HasMetadata> resources) {
        this.resources = resources;
    }

    static Manifests of(Path kustomizationDirectory) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Path file : Kustomization.of(kustomizationDirectory).resourceFiles()) {
            for (JsonNode document : YamlDocuments.of(file)) {
                resources.add(ApiModel.parse(document, file.toString()));
            }
        }
        return new Manifests(resources);
    }

    static Manifests base() {
        return of(Repository.base());
    }

    static Manifests kafka() {
        return of(Repository.manifests().resolve("kafka"));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T require(Class<T> type, String name) {
        return named(type, name).orElseThrow(() -> new AssertionError(
                "no " + type.getSimpleName() + " named " + name + " in the manifests"));
    }
}
