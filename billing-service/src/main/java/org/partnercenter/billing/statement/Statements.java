package org.partnercenter.billing.statement;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.caller.Caller;

/**
 * An invoice's statement as a PDF. The figures are read in a transaction of their own, and the document rendered
 * after it, so that no database connection waits on the rendering.
 */
@ApplicationScoped
public class Statements {

    private final StatementReader reader;
    private final StatementPdf pdf;

    Statements(StatementReader reader, StatementPdf pdf) {
        this.reader = reader;
        this.pdf = pdf;
    }

    public byte[] pdf(Caller caller, String invoiceId) {
        return pdf.render(reader.read(caller, invoiceId));
    }
}
