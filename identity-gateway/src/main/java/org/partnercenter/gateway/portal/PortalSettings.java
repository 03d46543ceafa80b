package org.partnercenter.gateway.portal;

/** {@code GET /portal-config.json}: what the portal needs to start the sign-in; nothing secret. */
public record PortalSettings(String authority, String clientId, String scope) {

    static PortalSettings of(PortalConfig config) {
        return new PortalSettings(config.authority(), config.clientId().orElse(null), config.scope());
    }
}
