package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The base leaves tenant- and site-specific settings empty; every overlay sets each of them. */
class OverlaySettingsTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldSetEverySettingTheBaseLeavesEmptyWhenAnOverlayIsBuilt(String overlay) {
        Set<String> empty = new TreeSet<>();
        for (ConfigMap map : Manifests.base().all(ConfigMap.class)) {
            map.getData().forEach((key, value) -> {
                if (value == null || value.isBlank()) {
                    empty.add(map.getMetadata().getName() + " " + key);
                }
            });
        }

        Set<String> set = new TreeSet<>();
        for (JsonNode patch : YamlDocuments.of(Repository.overlay(overlay).resolve("settings.yaml"))) {
            String name = patch.path("metadata").path("name").asText();
            patch.path("data").fields().forEachRemaining(e -> {
                if (!e.getValue().asText().isBlank()) {
                    set.add(name + " " + e.getKey());
                }
            });
        }

        assertThat(set).as("%s/settings.yaml", overlay).containsAll(empty);
    }
}
