package org.partnercenter.billing.statement;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays lines of text down A4 pages, top to bottom: a line that no longer fits starts a new page, which first repeats
 * the running heading (a table's column titles), so a long statement flows onto as many pages as it needs.
 */
final class PageFlow implements AutoCloseable {

    static final float LEFT = 50;
    static final float RIGHT = PDRectangle.A4.getWidth() - 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 50;
    /** Room left at the foot of every page for its page number. */
    private static final float BOTTOM = 60;

    /** Writes the running heading at the top of a new page. */
    interface Heading {
        void write(PageFlow flow) throws IOException;
    }

    private final PDDocument document;
    private final StatementFont font;
    private PDPageContentStream content;
    private float y;
    private Heading heading;

    PageFlow(PDDocument document, StatementFont font) {
        this.document = document;
        this.font = font;
    }

    /** What each later page starts with (null: nothing). */
    void runningHeading(Heading heading) {
        this.heading = heading;
    }

    /** Moves down to the next line of {@code height}, on a new page when this one has no room left for it. */
    void line(float height) throws IOException {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
        y -= height;
    }

    /** Leaves {@code height} blank, unless that ends the page. */
    void gap(float height) {
        y -= Math.min(height, Math.max(0, y - BOTTOM));
    }

    void left(float x, float size, String text) throws IOException {
        show(x, size, font.printable(text));
    }

    /** Text cut to fit between {@code x} and {@code x + width}. */
    void fitted(float x, float width, float size, String text) throws IOException {
        show(x, size, font.fitted(text, width, size));
    }

    /** Text ending at {@code right}: amounts, aligned on their last digit. */
    void right(float right, float size, String text) throws IOException {
        String printable = font.printable(text);
        show(right - font.width(printable, size), size, printable);
    }

    /** Once every page is laid out: "Page 2 of 3" at the foot of each, for a reader holding one printed page. */
    static void numberPages(PDDocument document, StatementFont font, String prefix) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = font.printable(prefix + "Page " + (i + 1) + " of " + count);
                foot.beginText();
                foot.setFont(font.font(), 8);
                foot.newLineAtOffset(RIGHT - font.width(text, 8), BOTTOM - 25);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
        if (heading != null) {
            heading.write(this);
        }
    }

    private void show(float x, float size, String printable) throws IOException {
        content.beginText();
        content.setFont(font.font(), size);
        content.newLineAtOffset(x, y);
        content.showText(printable);
        content.endText();
    }
}
