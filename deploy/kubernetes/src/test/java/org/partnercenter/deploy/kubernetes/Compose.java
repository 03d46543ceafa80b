package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** compose.yaml at the repository root, read as written. */
record Compose(JsonNode document) {

    static Compose read() {
        return new Compose(YamlDocuments.of(Repository.compose()).get(0));
    }

    Set<String> services() {
        Set<String> names = new TreeSet<>();
        document.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    JsonNode service(String name) {
        JsonNode service = document.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("compose.yaml has no service " + name);
        }
        return service;
    }

    Set<String> environment(String name) {
        Set<String> variables = new LinkedHashSet<>();
        service(name).path("environment").fieldNames().forEachRemaining(variables::add);
        return variables;
    }

    Set<Integer> exposedPorts(String name) {
        Set<Integer> ports = new TreeSet<>();
        service(name).path("expose").forEach(port -> ports.add(Integer.parseInt(port.asText())));
        return ports;
    }
}
