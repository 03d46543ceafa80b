package org.partnercenter.gateway.partner;

/**
 * {@code GET /v1/profiles/legalbusiness?vettingVersion=}: the SDKs send {@code Current} unless told otherwise. The
 * operator vets a partner once, at registration, so every version is the same profile.
 */
public enum VettingVersion {
    NONE,
    CURRENT,
    LAST_FINALIZED
}
