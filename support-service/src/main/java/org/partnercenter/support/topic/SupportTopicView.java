package org.partnercenter.support.topic;

import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code SupportTopic}; its id is a number, unlike the request's {@code supportTopicId}. */
public record SupportTopicView(long id, String name, String description, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "SupportTopic";

    static SupportTopicView of(SupportTopic t) {
        return new SupportTopicView(t.id, t.name, t.description, ResourceAttributes.of(OBJECT_TYPE));
    }
}
