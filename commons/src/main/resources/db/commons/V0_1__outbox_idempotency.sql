-- Tables that commons owns in every service's database. Commons migrations are numbered 0_x so they sort
-- before the service's own (1, 2, ...); out-of-order migration lets a later commons table join an
-- existing database.

-- Events written in the same transaction as the change; the relay publishes them in seq order.
create table outbox_event (
    seq         bigserial   primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Event ids a consumer has applied, recorded in the same transaction as the effect.
create table consumed_event (
    consumer    text        not null,
    event_id    text        not null,
    consumed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- The first answer to each idempotent write, keyed by the caller's tenant and its MS-RequestId.
create table idempotent_request (
    scope       text        not null,
    request_id  text        not null,
    method      text        not null,
    path        text        not null,
    status      integer,
    body        text,
    location    text,
    created_at  timestamptz not null default now(),
    primary key (scope, request_id)
);
