package org.partnercenter.commons.partner;

import java.util.UUID;

/**
 * Fired (synchronously, inside the consumer's transaction) after a partner event changed the stored partner, for a
 * service that waits on partners to observe: billing rates the usage it held for want of the partner.
 */
public record PartnerStored(UUID tenantId) {
}
