package org.partnercenter.support.sla;

/** Whom a request waits on: only time waiting on support counts against support's clocks. */
public enum SlaPhase {
    WAITING_ON_SUPPORT,
    WAITING_ON_PARTNER,
    CLOSED
}
