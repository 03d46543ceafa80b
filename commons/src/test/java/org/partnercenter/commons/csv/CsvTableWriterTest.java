package org.partnercenter.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    @Test
    void shouldQuoteOnlyTheFieldsThatNeedItWhenRowsAreWritten() throws IOException {
        String file = write(List.of("id", "name", "tags"),
                new String[] {"3f1c0d6e-8f55-4bd2-9d0e-1d9b1f0c2a11", "Data Transfer Out", "a;b"},
                new String[] {"x", "Hours, \"Premium\"", "two\nlines"}, new String[] {"y", null, "carriage\rreturn"});

        assertThat(file).isEqualTo("id,name,tags\r\n"
                + "3f1c0d6e-8f55-4bd2-9d0e-1d9b1f0c2a11,Data Transfer Out,a;b\r\n"
                + "x,\"Hours, \"\"Premium\"\"\",\"two\nlines\"\r\n"
                + "y,,\"carriage\rreturn\"\r\n");
    }

    @Test
    void shouldReadBackWhatWasWrittenWhenFieldsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
        String[] tricky = {"a,b", "\"", "line\r\nbreak", " spaced ", "=1+2", "Zoë"};
        String file = write(List.of("id", "name", "tags", "d", "e", "f"), tricky);

        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                cell -> cell)) {
            CsvRow row = table.next();
            assertThat(List.of("id", "name", "tags", "d", "e", "f")).extracting(row::get)
                    .containsExactly(tricky);
            assertThat(table.next()).isNull();
        }
    }

    private static String write(List<String> columns, String[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter csv = CsvTableWriter.open(out, columns);
        for (String[] row : rows) {
            csv.row(row);
        }
        csv.close();
        return out.toString(StandardCharsets.UTF_8);
    }
}
