package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The model check fails on what the API server would refuse or drop: it is what makes ManifestModelTest able to fail. */
class UnknownFieldsTest {

    @Test
    void shouldNameTheFieldWhenADeploymentMisspellsIt() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          readinessProbe: {httpGet: {path: /q/health/ready, port: 8181}, periodSecond: 5}
                """;

        assertThatThrownBy(() -> ApiModel.parse(YamlDocuments.parse(yaml, "test").get(0), "test"))
                .hasMessageContaining("spec.replica")
                .hasMessageContaining("spec.template.spec.containers[0].readinessProbe.periodSecond");
    }

    @Test
    void shouldNameTheFieldWhenAKafkaUserMisspellsIt() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: app}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operatons: [Read]
                """;

        assertThatThrownBy(() -> ApiModel.parse(YamlDocuments.parse(yaml, "test").get(0), "test"))
                .hasMessageContaining("operatons");
    }

    @Test
    void shouldRefuseWhenTheApiVersionHasNoModel() {
        String yaml = """
                apiVersion: autoscaling/v2beta1
                kind: HorizontalPodAutoscaler
                metadata: {name: app}
                """;

        assertThatThrownBy(() -> ApiModel.parse(YamlDocuments.parse(yaml, "test").get(0), "test"))
                .hasMessageContaining("no API model for autoscaling/v2beta1 HorizontalPodAutoscaler");
    }
}
