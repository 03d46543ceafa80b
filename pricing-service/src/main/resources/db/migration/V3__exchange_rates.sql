-- A published set of exchange rates from USD; per currency, the rate in force at t comes from the latest set
-- (effective date <= t, then latest publish) that has that currency.
create table exchange_rate_set (
    id             uuid        primary key,
    seq            bigint      not null unique,
    effective_date timestamptz not null,
    base           text        not null,
    published_at   timestamptz not null
);

create table exchange_rate (
    set_id   uuid    not null references exchange_rate_set (id),
    currency text    not null,
    rate     numeric not null,
    primary key (set_id, currency)
);
create index exchange_rate_by_currency on exchange_rate (currency);
