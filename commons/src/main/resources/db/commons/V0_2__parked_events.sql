-- Events a consumer could not apply after its retries: kept with the error, for an operator to replay,
-- instead of stopping the consumer (and every partition behind it) or dropping the event.
create table parked_event (
    consumer  text        not null,
    event_id  text        not null,
    payload   text        not null,
    error     text        not null,
    parked_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
