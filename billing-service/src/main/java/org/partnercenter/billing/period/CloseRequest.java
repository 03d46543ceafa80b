package org.partnercenter.billing.period;

import static org.partnercenter.commons.input.TextKind.GUID;

import org.partnercenter.commons.input.Text;

/** The body of a close, optional: {@code partnerTenantId} closes that partner only, none closes every partner. */
public record CloseRequest(@Text(GUID) String partnerTenantId) {
}
