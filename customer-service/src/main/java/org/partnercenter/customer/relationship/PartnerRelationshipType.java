package org.partnercenter.customer.relationship;

/** The SDK's {@code PartnerRelationshipType}, named from the caller's side. */
public enum PartnerRelationshipType {
    /** The caller is a reseller: the relationships name its providers. */
    IS_INDIRECT_RESELLER_OF,
    /** The caller is a provider: the relationships name its resellers. */
    IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF
}
