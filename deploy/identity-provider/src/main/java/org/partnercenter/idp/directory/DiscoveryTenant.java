package org.partnercenter.idp.directory;

/**
 * The tenant a discovery document describes.
 *
 * @param pathSegment what the document's endpoint URLs use: the tenant id, or the alias as asked for
 * @param issuerTenant what the issuer uses: the tenant id, or Azure AD's {@code {tenantid}} placeholder
 */
public record DiscoveryTenant(String pathSegment, String issuerTenant) {
}
