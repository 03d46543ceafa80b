package org.partnercenter.support.timeline;

import org.partnercenter.commons.caller.Caller;

/** Who did something, as notes and the timeline name them. */
public record Actor(ActorSide side, String id, String name) {

    public static Actor of(Caller caller) {
        String name = caller.userPrincipalName() != null ? caller.userPrincipalName()
                : (caller.application() ? "Application " : "User ") + caller.objectId();
        return new Actor(caller.isOperator() ? ActorSide.OPERATOR : ActorSide.PARTNER, caller.objectId(), name);
    }

    public boolean isOperator() {
        return side == ActorSide.OPERATOR;
    }
}
