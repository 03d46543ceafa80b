package org.partnercenter.billing.export;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.GUID;

import org.partnercenter.commons.input.Text;

/**
 * The optional body of an export of unbilled lines: {@code billingPeriod} {@code current} (the default) or
 * {@code last}; {@code currencyCode} defaults to the partner's billing currency; {@code partnerTenantId} names the
 * partner, for the operator only.
 */
public record UnbilledExportRequest(@Text(CODE) String billingPeriod, @Text(CODE) String currencyCode,
        @Text(CODE) String attributeSet, @Text(CODE) String format, @Text(GUID) String partnerTenantId) {
}
