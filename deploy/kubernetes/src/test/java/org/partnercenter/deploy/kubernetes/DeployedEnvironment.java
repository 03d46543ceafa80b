package org.partnercenter.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment an app's Deployment gives its container, by variable: where each comes from (a value, a
 * reference, or a ConfigMap of the base through envFrom).
 */
final class DeployedEnvironment {

    private DeployedEnvironment() {
    }

    static Container container(Manifests manifests, String app) {
        Deployment deployment = manifests.require(Deployment.class, app);
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> app.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + app + " has no container " + app));
    }

    /** Variable name to its source: "value", "valueFrom" or "configMap <name>". */
    static Map<String, String> of(Manifests manifests, String app) {
        Container container = container(manifests, app);
        Map<String, String> sources = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap map = manifests.require(ConfigMap.class, name);
                map.getData().keySet().forEach(key -> sources.put(key, "configMap " + name));
            }
        }
        for (EnvVar variable : container.getEnv()) {
            sources.put(variable.getName(), variable.getValueFrom() != null ? "valueFrom" : "value");
        }
        return sources;
    }
}
