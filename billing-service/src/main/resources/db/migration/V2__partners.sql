-- Partner organisations as the gateway announces them on partner-center.partners: type, provider, MPN id,
-- country and currency, for rating and invoicing. The columns are commons' (org.partnercenter.commons.partner).
create table partner (
    tenant_id          uuid        primary key,
    name               text,
    partner_type       text,
    provider_tenant_id uuid,
    mpn_id             text,
    country            text,
    currency           text,
    state              text        not null,
    updated_at         timestamptz not null
);
create index partner_provider on partner (provider_tenant_id) where provider_tenant_id is not null;
