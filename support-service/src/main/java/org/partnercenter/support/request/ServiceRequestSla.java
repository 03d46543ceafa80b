package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.support.config.SupportServiceConfig;
import org.partnercenter.support.sla.AroundTheClock;
import org.partnercenter.support.sla.BusinessCalendar;
import org.partnercenter.support.sla.SlaClocks;
import org.partnercenter.support.sla.SlaHistory;
import org.partnercenter.support.sla.SlaHistory.PhaseChange;
import org.partnercenter.support.sla.SlaPhase;
import org.partnercenter.support.sla.SlaPolicy;
import org.partnercenter.support.sla.SlaReading;
import org.partnercenter.support.sla.WorkingTime;
import org.partnercenter.support.timeline.ClockEvent;
import org.partnercenter.support.timeline.ActivityAction;
import org.partnercenter.support.timeline.ActorSide;

/** Reads a request's SLA clocks now, from its activities and the configured policy of its severity. */
@ApplicationScoped
public class ServiceRequestSla {

    private final Map<Severity, SlaPolicy> policies = new EnumMap<>(Severity.class);
    private final Clock clock;

    ServiceRequestSla(SupportServiceConfig config, Clock clock) {
        this.clock = clock;
        SupportServiceConfig.Calendar c = config.calendar();
        BusinessCalendar business = new BusinessCalendar(new HashSet<>(c.workdays()), c.opens(), c.closes(),
                new HashSet<>(c.holidays().orElse(List.of())), c.zone());
        policies.put(Severity.CRITICAL, policy(config.sla().critical(), business));
        policies.put(Severity.MODERATE, policy(config.sla().moderate(), business));
        policies.put(Severity.MINIMAL, policy(config.sla().minimal(), business));
    }

    public SlaReading read(ServiceRequest r, List<ClockEvent> activities) {
        return SlaClocks.read(history(r, activities), policies.get(r.severity), clock.instant());
    }

    static SlaHistory history(ServiceRequest r, List<ClockEvent> activities) {
        List<PhaseChange> phases = new ArrayList<>();
        phases.add(new PhaseChange(r.createdAt, SlaPhase.WAITING_ON_SUPPORT));
        List<Instant> responses = new ArrayList<>();
        for (ClockEvent a : activities) {
            if (a.action() == ActivityAction.STATUS_CHANGED) {
                WireEnums.find(ServiceRequestStatus.class, a.toValue())
                        .ifPresent(s -> phases.add(new PhaseChange(a.occurredAt(), phaseOf(s))));
            }
            boolean response = a.action() == ActivityAction.NOTE_ADDED
                    || a.action() == ActivityAction.STATUS_CHANGED;
            if (response && a.actorSide() == ActorSide.OPERATOR) {
                responses.add(a.occurredAt());
            }
        }
        return new SlaHistory(r.escalatedAt, phases, responses);
    }

    private static SlaPhase phaseOf(ServiceRequestStatus status) {
        return switch (status) {
            case OPEN -> SlaPhase.WAITING_ON_SUPPORT;
            case ATTENTION_NEEDED -> SlaPhase.WAITING_ON_PARTNER;
            case CLOSED -> SlaPhase.CLOSED;
        };
    }

    private static SlaPolicy policy(SupportServiceConfig.Targets t, BusinessCalendar business) {
        WorkingTime time = t.businessHours() ? business : AroundTheClock.INSTANCE;
        return new SlaPolicy(time, t.firstResponse().in(time), t.nextUpdate().in(time), t.resolution().in(time));
    }
}
