package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItems;
import org.partnercenter.billing.lineitem.LineItemRow;
import org.partnercenter.billing.lineitem.LineItemRows;

/**
 * The core of an export, callable on its own (a benchmark drives it with an output of its own): reads the line items
 * on a database cursor inside one read-only REPEATABLE READ transaction, so the export is one snapshot however long
 * it takes and however much usage rating writes meanwhile, and streams them into gzip parts of at most
 * {@code rowsPerPart} rows. Nothing is held but a cursor's fetch of rows and the streams' buffers.
 */
@ApplicationScoped
public class ReconciliationExporter {

    private final LineItemRows lineItems;
    private final StatelessSession session;
    private final ObjectMapper mapper;
    private final ExportsConfig config;

    ReconciliationExporter(LineItemRows lineItems, StatelessSession session, ObjectMapper mapper,
            ExportsConfig config) {
        this.lineItems = lineItems;
        this.session = session;
        this.mapper = mapper;
        this.config = config;
    }

    /** Writes the lines' parts to {@code output}, handing each part to it as it is whole. */
    public ExportTotals export(ExportedLines lines, ExportLayout layout, int rowsPerPart, PartOutput output) {
        if (rowsPerPart < 1) {
            throw new IllegalArgumentException("a part holds at least one row, not " + rowsPerPart);
        }
        return QuarkusTransaction.requiringNew().timeout(Math.toIntExact(config.readTimeout().toSeconds()))
                .call(() -> {
                    // The first statement of the transaction, so that the snapshot is taken by the read below.
                    session.doWork(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("set transaction isolation level repeatable read, read only");
                        }
                    });
                    try (Stream<LineItemRow> rows = lines.read(lineItems, session, config.fetchSize())) {
                        return write(rows.iterator(), layout, rowsPerPart, output);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private ExportTotals write(Iterator<LineItemRow> rows, ExportLayout layout, int rowsPerPart, PartOutput output)
            throws IOException {
        List<ExportPart> parts = new ArrayList<>();
        long total = 0;
        PartWriter part = null;
        while (rows.hasNext()) {
            if (part == null) {
                part = PartWriter.open(parts.size() + 1, output, layout, mapper);
            }
            part.write(DailyRatedUsageLineItems.view(rows.next()));
            total++;
            if (part.rowCount() == rowsPerPart) {
                parts.add(finish(part, output));
                part = null;
            }
        }
        if (part != null) {
            parts.add(finish(part, output));
        }
        return new ExportTotals(total, List.copyOf(parts));
    }

    private static ExportPart finish(PartWriter part, PartOutput output) throws IOException {
        ExportPart written = part.close();
        output.finished(written);
        return written;
    }
}
