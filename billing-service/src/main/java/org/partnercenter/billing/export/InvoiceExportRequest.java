package org.partnercenter.billing.export;

import static org.partnercenter.commons.input.TextKind.CODE;

import org.partnercenter.commons.input.Text;

/** The optional body of an invoice's export: {@code full} or {@code basic}, {@code jsonl} or {@code csv}. */
public record InvoiceExportRequest(@Text(CODE) String attributeSet, @Text(CODE) String format) {
}
