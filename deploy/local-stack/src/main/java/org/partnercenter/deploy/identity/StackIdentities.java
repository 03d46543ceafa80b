package org.partnercenter.deploy.identity;

/**
 * What the launcher makes in the identity provider before the gateway starts, because the gateway is told both:
 * the operator's first admin and the portal's app registration.
 */
public record StackIdentities(OperatorAdmin operator, PortalApplication portal) {
}
