package org.partnercenter.deploy.identity;

/**
 * What the launcher makes in the identity provider before the services start: the operator's first admin and the
 * portal's app registration (the gateway is told both), and the command line's (stack.json names it).
 */
public record StackIdentities(OperatorAdmin operator, PortalApplication portal, CliApplication cli) {
}
