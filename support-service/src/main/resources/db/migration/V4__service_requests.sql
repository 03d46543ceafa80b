-- Service requests. Ids are numbers, shown as strings, as the real API's are.
create sequence service_request_id_seq start with 616100000000001;
create table service_request (
    id                   bigint      primary key,
    partner_tenant_id    uuid        not null,
    customer_id          uuid,
    title                text        not null,
    description          text        not null,
    severity             text        not null,
    status               text        not null,
    support_topic_id     bigint      not null references support_topic (id),
    support_topic_name   text        not null,
    agent_locale         text        not null,
    country_code         text,
    organization_name    text,
    contact_id           text,
    contact_first_name   text,
    contact_last_name    text,
    contact_email        text,
    contact_phone_number text,
    -- FileInfo objects as JSON: metadata the partner attaches, never file contents
    file_links           text        not null default '[]',
    created_at           timestamptz not null,
    last_modified_at     timestamptz not null,
    last_closed_at       timestamptz,
    escalated_at         timestamptz,
    escalation_reason    text
);
create index service_request_partner on service_request (partner_tenant_id, created_at, id);
create index service_request_escalated on service_request (created_at, id) where escalated_at is not null;
create index service_request_customer on service_request (customer_id, created_at, id) where customer_id is not null;

-- Everything that happened to a request, append-only: its timeline, its notes and what its SLA clocks read.
create table service_request_activity (
    id                 bigserial   primary key,
    service_request_id bigint      not null references service_request (id),
    occurred_at        timestamptz not null,
    actor_side         text        not null,
    actor_id           text,
    actor_name         text,
    action             text        not null,
    from_value         text,
    to_value           text,
    text               text
);
create index service_request_activity_request on service_request_activity (service_request_id, id);
