package org.partnercenter.billing.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font a statement is set in: Liberation Sans, which PDFBox ships, embedded as a subset of the glyphs used. It
 * covers Latin, Greek and Cyrillic names (the standard 14 fonts cover only WinAnsi); a character it has no glyph for
 * (Japanese, an emoji) prints as {@code ?}, so that no customer's name can fail a partner's statement.
 */
final class StatementFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FILE = read();
    private static final String ELLIPSIS = "...";

    private final PDType0Font font;
    private final CmapLookup glyphs;

    StatementFont(PDDocument document) throws IOException {
        font = PDType0Font.load(document, new ByteArrayInputStream(FILE), true);
        glyphs = font.getCmapLookup();
    }

    PDType0Font font() {
        return font;
    }

    /** The text as it can be printed: control characters as spaces, characters without a glyph as {@code ?}. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                printable.append(' ');
            } else {
                printable.appendCodePoint(glyphs.getGlyphId(c) != 0 ? c : '?');
            }
        });
        return printable.toString();
    }

    float width(String printable, float size) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }

    /** Printable text cut (ending in an ellipsis) to fit {@code width}: a long name never runs into the next column. */
    String fitted(String text, float width, float size) throws IOException {
        String printable = printable(text);
        if (width(printable, size) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && width(printable.substring(0, end) + ELLIPSIS, size) > width) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end) + ELLIPSIS;
    }

    private static byte[] read() {
        try (InputStream in = StatementFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's " + RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
