package org.partnercenter.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ApiException;

class CsvTableTest {

    /** Names a column by its header cell in any case, trimmed; knows only these. */
    private static final UnaryOperator<String> COLUMNS = cell -> List.of("name", "city", "note")
            .contains(cell.trim().toLowerCase(Locale.ROOT)) ? cell.trim().toLowerCase(Locale.ROOT) : null;

    @Test
    void shouldNameTheColumnsAndSkipTheMarkWhenExcelSavedTheFileAsCsvUtf8() {
        byte[] excel = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Name,City\r\nZoë,Köln\r\nAda,\"Paris, France\"\r\n");

        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(excel), COLUMNS)) {
            List<CsvRow> rows = all(table);

            assertThat(table.unknownColumns()).isEmpty();
            assertThat(table.has("name")).isTrue();
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Zoë", "Ada");
            assertThat(rows).extracting(r -> r.get("city")).containsExactly("Köln", "Paris, France");
            assertThat(rows).extracting(CsvRow::line).containsExactly(2, 3);
        }
    }

    @Test
    void shouldKeepCommasQuotesAndLineBreaksWhenFieldsAreQuoted() {
        List<CsvRow> rows = rows("name,note\n\"Smith, \"\"Jr\"\"\",\"two\r\nlines\"\n\"\",\"\"\"\"\n");

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Smith, \"Jr\"", "");
        assertThat(rows).extracting(r -> r.get("note")).containsExactly("two\r\nlines", "\"");
    }

    @Test
    void shouldCountLinesAsAnEditorDoesWhenAQuotedFieldHoldsLineBreaks() {
        List<CsvRow> rows = rows("name,note\r\na,\"one\r\ntwo\nthree\"\r\n\r\n\"b\nc\",x\r\nd,e\r\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 6, 8);
        assertThatThrownBy(() -> rows("name,note\r\na,\"one\r\ntwo\"\r\nb,\"x\"y\r\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data()).singleElement()
                        .asString().startsWith("line 4: a quoted field goes on after its closing \""));
    }

    @Test
    void shouldGiveTheRowsWidthAndNoValueWhenRowsAreRagged() {
        try (CsvTable table = CsvTable.open(in("name,city\nshort\nlong,er,than,the header\n"), COLUMNS)) {
            CsvRow shorter = table.next();
            CsvRow longer = table.next();

            assertThat(table.width()).isEqualTo(2);
            assertThat(shorter.width()).isEqualTo(1);
            assertThat(shorter.get("city")).isNull();
            assertThat(longer.width()).isEqualTo(4);
            assertThat(longer.get("city")).isEqualTo("er");
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void shouldRefuseTheFileAtTheFieldsLineWhenAFieldIsTooLong() {
        CsvTable.Limits limits = new CsvTable.Limits(10, 100);
        String file = "name,note\nok,\"a\nb\"\nfine,\"0123456789\n0123456789\"\n";

        assertThatThrownBy(() -> all(CsvTable.open(in(file), COLUMNS, limits)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).containsExactly("line 4: a field is longer than 10 characters");
                });
    }

    @Test
    void shouldRefuseAnEndlessFieldBeforeItFillsTheMemory() {
        InputStream endless = new InputStream() {
            private long position;

            @Override
            public int read() {
                return position++ < 6 ? "name\n\"".charAt((int) position - 1) : 'x';
            }
        };

        assertThatThrownBy(() -> all(CsvTable.open(endless, COLUMNS)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data())
                        .containsExactly("line 2: a field is longer than 100,000 characters"));
    }

    @Test
    void shouldRefuseTheFileWhenARowIsTooLongEvenOfShortFields() {
        CsvTable.Limits limits = new CsvTable.Limits(10, 100);

        assertThatThrownBy(() -> all(CsvTable.open(in("name\n" + "x,".repeat(60) + "\n"), COLUMNS, limits)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data())
                        .containsExactly("line 2: the row is longer than 100 characters"));
    }

    @Test
    void shouldNameTheLineWhereTheQuoteOpensWhenItIsNeverClosed() {
        assertThatThrownBy(() -> rows("name,note\na,b\nc,\"open\nand on\nand on\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data()).singleElement().asString()
                        .startsWith("line 3: a quoted field is never closed"));
    }

    @Test
    void shouldSkipBlankLinesAndFindNoHeaderWhenTheFileIsBlank() {
        assertThat(rows("name\n\n   \n\"\"\na\n\n")).extracting(CsvRow::line).containsExactly(5);
        try (CsvTable table = CsvTable.open(in("\r\n\r\n"), COLUMNS)) {
            assertThat(table.isEmpty()).isTrue();
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void shouldListTheHeaderCellsThatNameNoColumn() {
        try (CsvTable table = CsvTable.open(in("name,colour, city \n"), COLUMNS)) {
            assertThat(table.unknownColumns()).containsExactly("colour");
            assertThat(table.has("city")).isTrue();
        }
    }

    @Test
    void shouldRefuseTheFileWhenItIsNotUtf8() {
        byte[] latin1 = "name\nSociété\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> all(CsvTable.open(new ByteArrayInputStream(latin1), COLUMNS)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("CSV UTF-8"));
    }

    @Test
    void shouldReadRowsAsTheyArriveWhenTheFileNeverEnds() {
        InputStream endless = new InputStream() {
            private final byte[] row = "a,b\n".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                return position++ < 5 ? "name\n".charAt((int) position - 1) : row[(int) ((position - 6) % row.length)];
            }
        };

        try (CsvTable table = CsvTable.open(endless, COLUMNS)) {
            assertThat(table.next().get("name")).isEqualTo("a");
            assertThat(table.next().line()).isEqualTo(3);
        }
    }

    private static List<CsvRow> rows(String file) {
        try (CsvTable table = CsvTable.open(in(file), COLUMNS)) {
            return all(table);
        }
    }

    private static List<CsvRow> all(CsvTable table) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static InputStream in(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(byte[] mark, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }
}
