package org.partnercenter.support.sla;

public enum ClockState {
    /** The request has not been escalated yet (or, for next update, support has not responded yet). */
    NOT_STARTED,
    RUNNING,
    /** The request waits on the partner: the clock resumes on the partner's reply. */
    PAUSED,
    /** The clock's event happened, or the request is closed. */
    STOPPED
}
