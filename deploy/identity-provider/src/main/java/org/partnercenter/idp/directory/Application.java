package org.partnercenter.idp.directory;

import java.time.Instant;

/**
 * An app registration as stored. As in Azure AD, the application object ({@code id}) and its
 * service principal are distinct objects: app-only tokens carry the service principal's id as {@code oid}.
 */
public record Application(
        String appId,
        String id,
        String servicePrincipalId,
        String displayName,
        String secretHash,
        Instant createdAt) {
}
