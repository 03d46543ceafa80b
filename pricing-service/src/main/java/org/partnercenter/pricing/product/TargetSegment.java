package org.partnercenter.pricing.product;

/** The audiences the real API documents for {@code targetSegment}; the Azure plan is sold to commercial customers. */
enum TargetSegment {
    COMMERCIAL,
    EDUCATION,
    GOVERNMENT,
    NONPROFIT
}
