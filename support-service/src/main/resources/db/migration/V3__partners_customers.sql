-- Partner organisations as the gateway announces them on partner-center.partners: names and countries for
-- service requests, and which resellers each indirect provider has.
create table partner (
    tenant_id          uuid        primary key,
    name               text,
    partner_type       text,
    provider_tenant_id uuid,
    country            text,
    updated_at         timestamptz not null
);
create index partner_provider on partner (provider_tenant_id) where provider_tenant_id is not null;

-- Customers as customer-service announces them on partner-center.customers: whose customer each one is,
-- so that a service request names only one of the partner's own customers.
create table customer (
    id                uuid        primary key,
    partner_tenant_id uuid        not null,
    reseller_tenant_id uuid,
    company_name      text,
    deleted           boolean     not null default false,
    updated_at        timestamptz not null
);
