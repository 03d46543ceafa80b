-- A published price list version: a whole price list, in force from its effective date until a version with a
-- later effective date (or the same one, published later: seq orders publishes).
create table price_list_version (
    id             uuid        primary key,
    seq            bigint      not null unique,
    effective_date timestamptz not null,
    currency       text        not null,
    meter_count    integer     not null,
    published_at   timestamptz not null,
    superseded_by  uuid
);
-- "The version in force at t": the latest effective date <= t, the latest publish among equals.
create index price_list_version_in_force on price_list_version (effective_date, seq);

-- The meters of a version, loaded with COPY. No foreign key to price_list_version on purpose: its per-row check
-- would cost a lookup per meter on a 50,000-meter COPY, and only the publisher writes both, in one transaction.
create table price_list_meter (
    version_id        uuid        not null,
    meter_id          uuid        not null,
    name              text        not null,
    category          text        not null,
    subcategory       text        not null,
    region            text        not null,
    unit              text        not null,
    included_quantity numeric     not null,
    -- tier_starts[i] is the period's cumulative quantity from which tier_prices[i] (USD, pre-tax) applies.
    tier_starts       numeric[]   not null,
    tier_prices       numeric[]   not null,
    effective_date    timestamptz not null,
    tags              text[]      not null,
    primary key (version_id, meter_id)
);
