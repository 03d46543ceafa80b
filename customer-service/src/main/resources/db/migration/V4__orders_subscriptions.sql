-- Orders and the subscriptions they provision (synchronously: an order is complete when it is answered).
create table customer_order (
    id                    uuid        primary key,
    customer_id           uuid        not null references customer (id),
    reference_customer_id uuid        not null,
    billing_cycle         text        not null,
    status                text        not null,
    created_at            timestamptz not null
);
create index customer_order_by_customer on customer_order (customer_id, created_at, id);

create table order_line_item (
    order_id             uuid    not null references customer_order (id) on delete cascade,
    line_item_number     integer not null,
    offer_id             text    not null,
    subscription_id      uuid    not null,
    friendly_name        text,
    quantity             integer not null,
    partner_id_on_record text,
    primary key (order_id, line_item_number)
);

create table subscription (
    id                   uuid        primary key,
    customer_id          uuid        not null references customer (id),
    order_id             uuid        not null references customer_order (id),
    entitlement_id       uuid        not null,
    offer_id             text        not null,
    offer_name           text        not null,
    friendly_name        text        not null,
    quantity             integer     not null,
    unit_type            text        not null,
    billing_type         text        not null,
    billing_cycle        text        not null,
    status               text        not null,
    partner_id_on_record text,
    etag                 text        not null,
    created_at           timestamptz not null,
    effective_start_date timestamptz not null,
    commitment_end_date  timestamptz not null,
    updated_at           timestamptz not null
);
create index subscription_by_customer on subscription (customer_id, created_at, id);
create index subscription_by_order on subscription (order_id);
