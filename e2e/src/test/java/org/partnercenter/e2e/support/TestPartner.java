package org.partnercenter.e2e.support;

/** A partner organisation the suite registered, with its global admin. */
public record TestPartner(String tenantId, String name, String partnerType, TestUser admin) {
}
