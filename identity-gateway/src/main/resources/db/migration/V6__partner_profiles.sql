-- The partner's own profiles beside its organisation profile (the real API's LegalBusinessProfile, BillingProfile
-- and SupportProfile), one row each, made by the first update: until then a profile is read from the registration.
-- Each has its own version, the etag a client sends back in If-Match. Every field is optional here: a PUT replaces
-- the whole profile, and the service says which fields it needs.
create table legal_business_profile (
    tenant_id                     uuid        primary key references partner_organization (tenant_id),
    company_name                  text,
    address_line1                 text,
    address_line2                 text,
    address_line3                 text,
    address_city                  text,
    address_state                 text,
    address_postal_code           text,
    address_region                text,
    address_country               text,
    contact_first_name            text,
    contact_last_name             text,
    contact_email                 text,
    contact_phone_number          text,
    approver_address_line1        text,
    approver_address_line2        text,
    approver_address_line3        text,
    approver_address_city         text,
    approver_address_state        text,
    approver_address_postal_code  text,
    approver_address_region       text,
    approver_address_country      text,
    approver_email                text,
    version                       bigint      not null,
    updated_at                    timestamptz not null
);

-- The billing currency is not here: it is the partner's invoicing currency (partner_organization.currency), which
-- billing-service invoices in and only the operator changes.
create table partner_billing_profile (
    tenant_id             uuid        primary key references partner_organization (tenant_id),
    company_name          text,
    address_line1         text,
    address_line2         text,
    address_line3         text,
    address_city          text,
    address_state         text,
    address_postal_code   text,
    address_region        text,
    address_country       text,
    contact_first_name    text,
    contact_last_name     text,
    contact_email         text,
    contact_phone_number  text,
    purchase_order_number text,
    tax_id                text,
    version               bigint      not null,
    updated_at            timestamptz not null
);

create table partner_support_profile (
    tenant_id    uuid        primary key references partner_organization (tenant_id),
    email        text,
    telephone    text,
    website      text,
    display_name text,
    version      bigint      not null,
    updated_at   timestamptz not null
);
