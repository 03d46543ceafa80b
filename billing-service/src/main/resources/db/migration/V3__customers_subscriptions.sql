-- Customers and subscriptions as customer-service announces them on partner-center.customers and
-- partner-center.subscriptions. The two topics arrive in any order, so a subscription may name a customer not
-- stored yet: no foreign key between them. changed_at is the producer's time of the change held, so that an
-- older event never overwrites a newer one; updated_at is when billing applied it.
create table customer (
    id                 uuid        primary key,
    partner_tenant_id  uuid        not null,
    reseller_tenant_id uuid,
    company_name       text,
    domain             text,
    country            text,
    deleted            boolean     not null default false,
    changed_at         timestamptz,
    updated_at         timestamptz not null
);
create index customer_partner on customer (partner_tenant_id);
create index customer_reseller on customer (reseller_tenant_id) where reseller_tenant_id is not null;

create table subscription (
    id                 uuid        primary key,
    customer_id        uuid        not null,
    partner_tenant_id  uuid        not null,
    reseller_tenant_id uuid,
    order_id           uuid,
    offer_id           text,
    description        text,
    quantity           integer     not null,
    status             text,
    billing_cycle      text,
    changed_at         timestamptz,
    updated_at         timestamptz not null
);
create index subscription_customer on subscription (customer_id);
