package org.partnercenter.commons.paging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A default page larger than its maximum stops the service at start, instead of failing each request. */
@ApplicationScoped
class PagingConfigCheck {

    /** A list without sizes of its own (the empty name) has the service's. */
    void check(@Observes StartupEvent started, PagingConfig paging) {
        paging.limits("");
        paging.lists().keySet().forEach(paging::limits);
    }
}
