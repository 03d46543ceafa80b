package org.partnercenter.billing.export;

import java.util.List;

/** What an export wrote: every row, in its parts (none when there was no row). */
public record ExportTotals(long rowCount, List<ExportPart> parts) {
}
