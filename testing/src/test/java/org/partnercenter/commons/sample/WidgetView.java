package org.partnercenter.commons.sample;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

public record WidgetView(UUID id, String name, int size, Widget.Color color, Instant createdAt, Links links,
        ResourceAttributes attributes) {

    static WidgetView of(Widget widget) {
        return new WidgetView(widget.id, widget.name, widget.size, widget.color, widget.createdAt,
                Links.self("/widgets/" + widget.id), ResourceAttributes.of("Widget"));
    }
}
