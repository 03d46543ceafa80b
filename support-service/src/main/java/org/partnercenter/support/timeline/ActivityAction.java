package org.partnercenter.support.timeline;

public enum ActivityAction {
    CREATED,
    NOTE_ADDED,
    STATUS_CHANGED,
    SEVERITY_CHANGED,
    ESCALATED
}
