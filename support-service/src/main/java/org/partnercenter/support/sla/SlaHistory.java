package org.partnercenter.support.sla;

import java.time.Instant;
import java.util.List;

/**
 * What the clocks of one request are computed from, in time order: when it was escalated (clocks start
 * there; null if never), each change of phase from its creation on, and each response by support.
 */
public record SlaHistory(Instant escalatedAt, List<PhaseChange> phases, List<Instant> supportResponses) {

    public record PhaseChange(Instant at, SlaPhase phase) {
    }

    public SlaHistory {
        phases = List.copyOf(phases);
        supportResponses = List.copyOf(supportResponses);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a request has a phase from its creation on");
        }
    }

    public SlaPhase currentPhase() {
        return phases.get(phases.size() - 1).phase();
    }

    public Instant lastPhaseChange() {
        return phases.get(phases.size() - 1).at();
    }
}
