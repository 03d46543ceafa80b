package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest as the Kubernetes API model (fabric8) or Strimzi's own API classes would: the class is chosen by
 * apiVersion and kind, and a field neither knows (a typo, a field of another version) is an error, not an extra.
 */
final class ApiModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<String, Class<? extends HasMetadata>> KUBERNETES = Map.of(
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final List<Class<? extends HasMetadata>> STRIMZI = List.of(Kafka.class, KafkaNodePool.class,
            KafkaTopic.class, KafkaUser.class);

    private ApiModel() {
    }

    static HasMetadata parse(JsonNode document, String origin) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        Class<? extends HasMetadata> type = typeOf(apiVersion, kind);
        if (type == null) {
            throw new IllegalArgumentException(origin + ": no API model for " + apiVersion + " " + kind);
        }
        HasMetadata resource = MAPPER.convertValue(document, type);
        List<String> unknown = UnknownFields.in(resource);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(origin + ": " + kind + " " + resource.getMetadata().getName()
                    + " has fields its API does not know: " + unknown);
        }
        return resource;
    }

    private static Class<? extends HasMetadata> typeOf(String apiVersion, String kind) {
        Class<? extends HasMetadata> kubernetes = KUBERNETES.get(apiVersion + "/" + kind);
        if (kubernetes != null) {
            return kubernetes;
        }
        return STRIMZI.stream().filter(type -> type.getSimpleName().equals(kind))
                .filter(type -> strimziVersions(type).stream().anyMatch(v -> apiVersion.equals("kafka.strimzi.io/" + v)))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strimziVersions(Class<?> type) {
        try {
            return (List<String>) type.getField("VERSIONS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " names no API versions", e);
        }
    }
}
