package org.partnercenter.cli.usage.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** RFC 4180 as the upload reads it: quotes, commas and line breaks inside quoted fields, and line numbers. */
class CsvFieldsTest {

    @Test
    void shouldKeepCommasQuotesAndLineBreaksInsideQuotedFieldsAndCountLines() throws Exception {
        CsvFields rows = rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",,\"\"\nlast,x,y\n");

        assertThat(rows.next()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(rows.line()).isEqualTo(1);
        assertThat(rows.next()).containsExactly("two\nlines", "", "");
        assertThat(rows.line()).isEqualTo(3);
        assertThat(rows.next()).containsExactly("last", "x", "y");
        assertThat(rows.line()).isEqualTo(5);
        assertThat(rows.next()).isNull();
    }

    @Test
    void shouldRefuseAQuoteInsideAnUnquotedFieldOrTextAfterAClosingQuote() throws Exception {
        assertThatThrownBy(() -> rows("ab\"c,d\n").next()).isInstanceOf(CsvFields.Malformed.class)
                .hasMessageContaining("field 1");
        assertThatThrownBy(() -> rows("x,\"ab\"c\n").next()).isInstanceOf(CsvFields.Malformed.class)
                .hasMessageContaining("field 2");
        assertThatThrownBy(() -> rows("\"never closed\n").next()).isInstanceOf(CsvFields.Malformed.class)
                .hasMessageContaining("not closed");
    }

    private static CsvFields rows(String text) {
        return new CsvFields(new BufferedReader(new StringReader(text)));
    }
}
