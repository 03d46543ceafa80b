package org.partnercenter.support.timeline;

/** Who acted: the partner that owns the request, or the operator's support. */
public enum ActorSide {
    PARTNER,
    OPERATOR
}
