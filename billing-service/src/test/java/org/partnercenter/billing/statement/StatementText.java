package org.partnercenter.billing.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A statement PDF read back with PDFBox: its text, runs of white space as one space, and its page count. */
record StatementText(String text, int pages) {

    static StatementText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new StatementText(new PDFTextStripper().getText(document).replaceAll("\\s+", " "),
                    document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** How many times {@code words} occur. */
    int count(String words) {
        return text.split(java.util.regex.Pattern.quote(words), -1).length - 1;
    }
}
