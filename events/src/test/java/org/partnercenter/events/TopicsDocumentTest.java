package org.partnercenter.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** TOPICS.md is the one description of the topics: it must say what the catalogue says, and nothing stale. */
class TopicsDocumentTest {

    private static final Path DOCUMENT = Path.of("TOPICS.md");

    @Test
    void shouldListEveryEventTypeWithItsTopicKeyProducerAndVersionWhenTheCatalogueIsRead() throws IOException {
        List<String> expected = EventCatalogue.ALL.stream().map(type -> row(type.topic().name(), type.topic().key(),
                type.topic().producer(), type.name(), String.valueOf(type.schemaVersion()),
                type.payload().getSimpleName())).toList();

        assertThat(tableRows("## Event types")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldDescribeEveryPayloadFieldWithItsJsonKindWhenThePayloadsAreRead() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (Class<?> payload : EventCatalogue.ALL.stream().<Class<?>>map(EventType::payload).distinct().toList()) {
            String section = "### " + payload.getSimpleName();
            documented.put(payload.getSimpleName(), tableRows(section).stream().map(TopicsDocumentTest::fieldAndKind)
                    .collect(Collectors.joining("; ")));
            expected.put(payload.getSimpleName(), PayloadFields.of(payload).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        }

        assertThat(documented).isEqualTo(expected);
        assertThat(Files.readString(DOCUMENT).lines().filter(l -> l.startsWith("### ")).map(l -> l.substring(4)))
                .as("no section for a payload that is gone").containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    private static String row(String... cells) {
        return String.join(" | ", cells);
    }

    /** The body rows of the first table after {@code heading}, cells without their backticks. */
    private static List<String> tableRows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        int at = lines.indexOf(heading);
        assertThat(at).as("TOPICS.md has a section '%s'", heading).isNotNegative();
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("|")) {
                if (inTable && !line.startsWith("|---")) {
                    rows.add(cells(line));
                }
                inTable = true;
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    private static String cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        return List.of(inner.split("\\|")).stream().map(c -> c.strip().replace("`", ""))
                .collect(Collectors.joining(" | "));
    }

    /** A field row is {@code field | JSON kind | meaning}; the meaning is free text. */
    private static String fieldAndKind(String row) {
        String[] cells = row.split(" \\| ");
        return cells[0] + " " + cells[1];
    }
}
