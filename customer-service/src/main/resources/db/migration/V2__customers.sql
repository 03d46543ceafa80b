-- Customers: the company profile, the billing profile and which partner manages them.
create table customer (
    id                   uuid        primary key,
    commerce_id          uuid        not null,
    -- the partner that created the customer and owns the commerce relationship
    partner_tenant_id    uuid        not null,
    -- an indirect provider's reseller the customer is associated with (AssociatedPartnerId)
    reseller_tenant_id   uuid,
    domain               text        not null,
    company_name         text        not null,
    billing_profile_id   uuid        not null,
    email                text        not null,
    culture              text        not null,
    language             text        not null,
    billing_company_name text        not null,
    first_name           text        not null,
    last_name            text        not null,
    address_line1        text        not null,
    address_line2        text,
    city                 text        not null,
    state                text,
    postal_code          text        not null,
    country              text        not null,
    phone_number         text,
    billing_etag         text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
-- A domain is unique across the whole system, as in Azure AD.
create unique index customer_domain_unique on customer (lower(domain));
create index customer_partner_name on customer (partner_tenant_id, company_name, id);
create index customer_reseller_name on customer (reseller_tenant_id, company_name, id) where reseller_tenant_id is not null;
create index customer_name_prefix on customer (lower(company_name) text_pattern_ops);
create index customer_domain_prefix on customer (lower(domain) text_pattern_ops);
