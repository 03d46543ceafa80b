-- A customer's acceptance of a Microsoft agreement, as its partner attests it (POST /v1/customers/{id}/agreements).
-- The template's type and link are kept as they were when the customer agreed: the reference data may move on.
-- partner_tenant_id is the partner that attested (the customer's own partner or its reseller), for the record.
create table customer_agreement (
    id                uuid        primary key,
    customer_id       uuid        not null references customer (id) on delete cascade,
    partner_tenant_id uuid        not null,
    template_id       text        not null,
    agreement_type    text        not null,
    agreement_link    text        not null,
    user_id           text,
    first_name        text        not null,
    last_name         text        not null,
    email             text        not null,
    phone_number      text,
    date_agreed       timestamptz not null,
    created_at        timestamptz not null
);

-- GET /v1/customers/{id}/agreements seeks by (customer_id, created_at, id); orders look for one of a type.
create index customer_agreement_by_customer on customer_agreement (customer_id, created_at, id);
create index customer_agreement_by_type on customer_agreement (customer_id, agreement_type);
