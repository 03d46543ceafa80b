package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two generations that differ only in hash order compare equal; any other difference still shows. */
class CanonicalYamlTest {

    private static final String ONE_ORDER = """
            ---
            kind: Deployment
            metadata:
              labels: {b: "2", a: "1"}
            spec:
              ports: [{name: management, containerPort: 8181}, {name: http, containerPort: 8081}]
              args: [second, first]
            """;

    private static final String OTHER_ORDER = """
            ---
            metadata:
              labels: {a: "1", b: "2"}
            kind: Deployment
            spec:
              args: [second, first]
              ports: [{name: http, containerPort: 8081}, {name: management, containerPort: 8181}]
            """;

    @Test
    void shouldWriteOneTextWhenTheGeneratorShufflesLabelsAndPorts() {
        assertThat(CanonicalYaml.of(ONE_ORDER, "one")).isEqualTo(CanonicalYaml.of(OTHER_ORDER, "other"));
    }

    @Test
    void shouldKeepTheOrderWhenAListsOrderMatters() {
        String reordered = OTHER_ORDER.replace("[second, first]", "[first, second]");

        assertThat(CanonicalYaml.of(ONE_ORDER, "one")).isNotEqualTo(CanonicalYaml.of(reordered, "reordered"));
    }

    @Test
    void shouldShowTheChangeWhenAValueDiffers() {
        String changed = OTHER_ORDER.replace("8181", "9000");

        assertThat(CanonicalYaml.of(ONE_ORDER, "one")).isNotEqualTo(CanonicalYaml.of(changed, "changed"));
    }
}
