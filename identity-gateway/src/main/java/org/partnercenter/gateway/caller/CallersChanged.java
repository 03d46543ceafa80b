package org.partnercenter.gateway.caller;

import java.util.UUID;

/**
 * Fired inside a transaction that changes who a partner's callers are (registration, suspension, MFA
 * rule, members, roles): once it commits, this gateway forgets the callers it resolved for that tenant.
 */
public record CallersChanged(UUID tenantId) {
}
