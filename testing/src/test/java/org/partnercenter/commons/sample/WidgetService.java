package org.partnercenter.commons.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

@ApplicationScoped
public class WidgetService {

    public static final String TOPIC = "test.widgets";

    private static final Keyset<Widget> BY_NAME = Keyset.of(Widget.class)
            .by("name", String.class, w -> w.name)
            .by("id", UUID.class, w -> w.id);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    WidgetService(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Widget create(Caller caller, WidgetRequest request) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.partnerTenantId = caller.partnerTenantId();
        widget.name = request.name();
        widget.size = request.size();
        widget.color = request.color();
        widget.createdAt = clock.instant();
        widget.persist();
        outbox.publish(new OutgoingEvent(TOPIC, caller.partnerTenantId().toString(), "widget.created",
                widget.id.toString(), 1, Map.of("id", widget.id, "name", widget.name)));
        return widget;
    }

    @Transactional
    public Page<Widget> list(CallerScope scope, PageRequest page) {
        return BY_NAME.fetch(em, scope.condition("e.partnerTenantId"), scope.parameters(), page);
    }

    @Transactional
    public Widget get(CallerScope scope, UUID id) {
        Widget widget = Widget.findById(id);
        return scope.require(widget == null ? null : widget.partnerTenantId, widget, "No widget " + id + ".");
    }

    @Transactional
    public void delete(CallerScope scope, UUID id) {
        get(scope, id).delete();
    }
}
