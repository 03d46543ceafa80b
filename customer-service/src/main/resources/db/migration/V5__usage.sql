-- Azure usage records from the operator's metering feed, deduplicated by the source's record id.
create table usage_record (
    id                text        primary key,
    customer_id       uuid        not null,
    subscription_id   uuid        not null,
    partner_tenant_id uuid        not null,
    meter_id          text        not null,
    quantity          numeric     not null,
    unit              text        not null,
    usage_start_time  timestamptz not null,
    usage_end_time    timestamptz not null,
    region            text,
    resource_uri      text,
    tags              jsonb,
    recorded_at       timestamptz not null
);
-- Utilization reads one subscription over a time range; the usage summary one customer over a period.
create index usage_by_subscription_time on usage_record (subscription_id, usage_start_time);
create index usage_by_customer_time on usage_record (customer_id, usage_start_time);
