-- One row per public request: who, which partner and application, which route and customer, the outcome.
create table audit_record (
    id                 bigserial   primary key,
    partner_tenant_id  uuid,
    object_id          text,
    user_principal_name text,
    application_id     text,
    method             text        not null,
    route              text,
    path               text        not null,
    customer_id        text,
    status             integer     not null,
    occurred_at        timestamptz not null,
    duration_ms        integer     not null,
    correlation_id     text,
    request_id         text
);
create index audit_record_by_partner_time on audit_record (partner_tenant_id, occurred_at, id);
create index audit_record_by_time on audit_record (occurred_at, id);
