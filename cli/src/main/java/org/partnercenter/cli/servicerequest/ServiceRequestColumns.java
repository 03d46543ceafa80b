package org.partnercenter.cli.servicerequest;

import java.util.List;
import org.partnercenter.cli.output.Column;

/** What the service request lists show in a table or CSV. */
final class ServiceRequestColumns {

    static final List<Column> REQUESTS = List.of(Column.of("ID", "id"), Column.of("TITLE", "title"),
            Column.of("SEVERITY", "severity"), Column.of("STATUS", "status"), Column.of("TOPIC", "supportTopicName"),
            Column.of("ESCALATED", "escalation.escalated"), Column.of("CREATED", "createdDate"));

    static final List<Column> TIMELINE = List.of(Column.of("DATE", "date"), Column.of("SIDE", "actor.side"),
            Column.of("BY", "actor.name"), Column.of("ACTION", "action"), Column.of("FROM", "from"),
            Column.of("TO", "to"), Column.of("TEXT", "text"));

    static final List<Column> NOTES = List.of(Column.of("NOTE ADDED", "createdDate"), Column.of("BY", "createdByName"),
            Column.of("TEXT", "text"));

    static final List<Column> TOPICS = List.of(Column.of("ID", "id"), Column.of("NAME", "name"),
            Column.of("DESCRIPTION", "description"));

    private ServiceRequestColumns() {
    }
}
