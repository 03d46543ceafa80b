-- Rating: billing's copies of prices and exchange rates (pricing-service's partner-center.prices topic), the usage
-- records customer-service announces (partner-center.usage), the backlog of what is to be rated, and the daily
-- rated usage line items that rating produces.

-- A price-list version as its pricelist.meters chunks arrive. It is in force (from effective_date) only once all
-- chunk_count chunks are in: complete. seq is the order billing first heard of it: all of pricing's events share
-- one key, so this is publish order, and it breaks ties between versions of one effective date.
create table price_version (
    version_id     uuid        primary key,
    currency       text        not null,
    effective_date timestamptz not null,
    supersedes     uuid,
    chunk_count    integer     not null,
    complete       boolean     not null default false,
    seq            bigserial   not null,
    received_at    timestamptz not null
);

create table price_version_chunk (
    version_id  uuid    not null references price_version (version_id),
    chunk_index integer not null,
    primary key (version_id, chunk_index)
);

-- One meter of one version: what rating needs (included quantity, USD tiers) and what line items name.
create table meter_price (
    version_id        uuid      not null references price_version (version_id),
    meter_id          text      not null,
    name              text,
    category          text,
    subcategory       text,
    region            text,
    unit              text,
    included_quantity numeric   not null,
    tier_starts       numeric[] not null,
    tier_prices       numeric[] not null,
    primary key (version_id, meter_id)
);

-- An exchange-rate set: units of each currency (rates, a JSON object) per unit of base, from effective_date.
create table exchange_rate_set (
    set_id         uuid        primary key,
    base           text        not null,
    effective_date timestamptz not null,
    rates          jsonb       not null,
    seq            bigserial   not null,
    received_at    timestamptz not null
);

-- A usage record as customer-service stored it (record_id is the metering source's id, unique per customer).
-- usage_date and period are the UTC day and calendar month of usage_start. held_reason says why the record
-- could not be rated at its last rating (null once rated, and before its first).
create table usage_record (
    customer_id        uuid        not null,
    record_id          text        not null,
    partner_tenant_id  uuid        not null,
    reseller_tenant_id uuid,
    subscription_id    uuid        not null,
    meter_id           text        not null,
    quantity           numeric     not null,
    unit               text,
    usage_start        timestamptz not null,
    usage_end          timestamptz,
    usage_date         date        not null,
    period             text        not null,
    region             text,
    resource_uri       text,
    tags               jsonb,
    held_reason        text,
    held_since         timestamptz,
    received_at        timestamptz not null,
    primary key (customer_id, record_id)
);
create index usage_record_group on usage_record (subscription_id, meter_id, period, usage_start);
create index usage_record_held on usage_record (held_reason, partner_tenant_id) where held_reason is not null;
create index usage_record_start on usage_record (usage_start);

-- What is left to rate: (subscription, meter, period) groups whose line items from from_day on must be computed
-- again. Append-only, so that whoever queues work never waits on a rating pass's locks: a group may have several
-- rows, which the rating worker takes together (the earliest day wins) and deletes once rated. queued_at is when a
-- row is due: a group that failed to rate is put back later.
create table rating_backlog (
    id              bigserial   primary key,
    subscription_id uuid        not null,
    meter_id        text        not null,
    period          text        not null,
    from_day        date        not null,
    queued_at       timestamptz not null
);
create index rating_backlog_group on rating_backlog (subscription_id, meter_id, period);

-- Daily rated usage: one line per subscription, meter, resource and UTC usage day. Its id is kept when the line
-- is rated again, so that a client paging through the unbilled line items never sees one twice.
create table usage_line_item (
    id                     bigserial   primary key,
    partner_tenant_id      uuid        not null,
    reseller_tenant_id     uuid,
    customer_id            uuid        not null,
    subscription_id        uuid        not null,
    meter_id               text        not null,
    resource_uri           text        not null,
    usage_date             date        not null,
    period                 text        not null,
    meter_name             text,
    meter_category         text,
    meter_subcategory      text,
    meter_region           text,
    unit_of_measure        text,
    resource_location      text,
    tags                   jsonb,
    quantity               numeric     not null,
    unit_price             numeric     not null,
    effective_unit_price   numeric     not null,
    pricing_pre_tax_total  numeric     not null,
    pricing_currency       text        not null,
    billing_pre_tax_total  numeric     not null,
    billing_currency       text        not null,
    exchange_rate          numeric     not null,
    exchange_rate_date     timestamptz,
    price_version_id       uuid        not null,
    invoice_number         text,
    rated_at               timestamptz not null,
    unique (subscription_id, meter_id, period, usage_date, resource_uri)
);
create index usage_line_item_partner on usage_line_item (partner_tenant_id, billing_currency, period, id);
