-- Service incidents: outages and degradations the operator's support declares and every signed-in caller reads.
-- Ids are the prefix PC and a number, text as the real API's incident ids are.
create sequence service_incident_id_seq start with 100001;
create table service_incident (
    id                      text        primary key,
    workload                text        not null,
    title                   text        not null,
    -- normal, information, warning or critical: how bad it is, kept after it is resolved
    severity                text        not null,
    impacted_area           text,
    -- the affected workloads' names as a JSON array of strings
    affected_workload_names text        not null default '[]',
    start_time              timestamptz not null,
    -- set when it is resolved: then and only then it is resolved
    end_time                timestamptz,
    created_at              timestamptz not null,
    last_modified_at        timestamptz not null,
    version                 bigint      not null default 0,
    check (end_time is null or end_time >= start_time)
);
-- The list's order (grouped by workload) and its filters.
create index service_incident_listing on service_incident (workload, start_time, id);
create index service_incident_open on service_incident (workload) where end_time is null;

-- What support told partners about an incident, append-only, oldest first.
create table service_incident_message (
    id                  bigserial   primary key,
    service_incident_id text        not null references service_incident (id),
    published_at        timestamptz not null,
    message_text        text        not null
);
create index service_incident_message_incident on service_incident_message (service_incident_id, id);
