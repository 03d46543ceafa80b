package org.partnercenter.idp.directory;

/** A user or an application together with the tenant it belongs to. */
public record Located<T>(String tenantId, T value) {
}
