package org.partnercenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;

/**
 * A producer's side of an event contract: what its real code path stored in the outbox must have the shape of the
 * committed sample (the same envelope attributes, the same payload field names, the same JSON kinds all the way
 * down; ids and times may differ). Run with {@code -Dpartner-center.contracts.write=true}, it (re)writes the sample
 * from the real output instead: for a new event type, or a deliberate change (rename or remove a field only with a
 * new schema version, since consumers in production still read the old one).
 */
public final class EventContract {

    public static final String WRITE = "partner-center.contracts.write";

    /** Attributes the same on every event of a type; the others (id, subject, time, ...) only keep their kind. */
    private static final Set<String> FIXED = Set.of("specversion", "source", "type", "datacontenttype",
            "schemaversion");

    private EventContract() {
    }

    /** Checks the envelope the outbox stored last for this type and key against the type's sample. */
    public static void assertPublishedAsSample(EventType<?> type, String key) {
        assertMatchesSample(type, stored(type, key));
    }

    public static void assertMatchesSample(EventType<?> type, JsonNode produced) {
        assertThat(produced.path("type").asText()).as("type").isEqualTo(type.name());
        assertThat(produced.path("schemaversion").asInt()).as("schemaversion").isEqualTo(type.schemaVersion());
        if (Boolean.getBoolean(WRITE)) {
            write(type, produced);
            return;
        }
        List<String> differences = new ArrayList<>();
        compare("", EventSamples.json(type), produced, differences);
        assertThat(differences).as("%s differs from its sample %s (a deliberate change: a new schema version for a "
                + "renamed or removed field, then -D%s=true)", type, type.sample(), WRITE).isEmpty();
    }

    /** The envelope of the last event of {@code type} that the outbox stored under {@code key}. */
    public static JsonNode stored(EventType<?> type, String key) {
        List<?> payloads = QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("select payload from outbox_event where topic = ?1 and message_key = ?2 "
                        + "order by seq desc")
                .setParameter(1, type.topic().name()).setParameter(2, key).getResultList());
        return payloads.stream().map(p -> read((String) p)).filter(e -> type.matches(e.path("type").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the outbox holds no " + type + " keyed " + key));
    }

    private static void compare(String path, JsonNode sample, JsonNode produced, List<String> differences) {
        if (sample.getNodeType() != produced.getNodeType()) {
            differences.add(path + ": " + produced.getNodeType() + " where the sample has " + sample.getNodeType());
        } else if (sample.isObject()) {
            Set<String> names = new TreeSet<>();
            sample.fieldNames().forEachRemaining(names::add);
            produced.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path.isEmpty() ? name : path + "." + name;
                if (!produced.has(name)) {
                    differences.add(at + ": missing, the sample has it");
                } else if (!sample.has(name)) {
                    differences.add(at + ": not in the sample");
                } else if (path.isEmpty() && FIXED.contains(name) && !sample.get(name).equals(produced.get(name))) {
                    differences.add(at + ": " + produced.get(name) + " where the sample has " + sample.get(name));
                } else {
                    compare(at, sample.get(name), produced.get(name), differences);
                }
            }
        } else if (sample.isArray()) {
            if (sample.isEmpty() != produced.isEmpty()) {
                differences.add(path + ": " + produced.size() + " items where the sample has " + sample.size());
            }
            for (int i = 0; i < produced.size() && !sample.isEmpty(); i++) {
                compare(path + "[" + i + "]", sample.get(0), produced.get(i), differences);
            }
        }
    }

    private static void write(EventType<?> type, JsonNode produced) {
        Path file = sourceRoot().resolve("events/src/main/resources" + type.sample());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(produced)
                    + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file, e);
        }
    }

    /** The checkout: the first directory above the module under test that holds the events module. */
    private static Path sourceRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("events/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no events module above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the outbox holds an unreadable event", e);
        }
    }
}
