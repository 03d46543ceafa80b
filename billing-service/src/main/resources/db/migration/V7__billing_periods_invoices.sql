-- The close of billing periods and the invoices it issues. A period (a calendar month in UTC) is closed per partner:
-- the close issues that partner's invoices (one per billing currency) and bills every line item not billed yet of
-- that period and before it, in one transaction with this row, so a close killed halfway left either all of a
-- partner's invoices or none.
create table billing_period_close (
    partner_tenant_id uuid        not null,
    period            text        not null,
    closed_at         timestamptz not null,
    -- The operation that closed it (null when a schedule ran it outside one).
    operation_id      uuid,
    invoice_count     integer     not null,
    primary key (partner_tenant_id, period)
);

-- Invoice ids as the real ones look (G000024135): G and nine digits, never reused.
create sequence invoice_number;

-- An issued invoice never changes (payments, a later issue, are kept beside it). sub_total is exactly the sum of its
-- line items; tax_total the tax step's (a flat rate per partner country); total_charges their sum.
create table invoice (
    id                   text        primary key,
    partner_tenant_id    uuid        not null,
    period               text        not null,
    currency_code        text        not null,
    invoice_date         timestamptz not null,
    billing_period_start timestamptz not null,
    billing_period_end   timestamptz not null,
    due_date             timestamptz not null,
    sub_total            numeric     not null,
    tax_rate             numeric     not null,
    tax_total            numeric     not null,
    total_charges        numeric     not null,
    paid_amount          numeric     not null default 0,
    line_item_count      integer     not null,
    usage_record_count   bigint      not null,
    operation_id         uuid,
    -- Never two invoices for one partner, period and currency, whatever runs twice.
    unique (partner_tenant_id, period, currency_code)
);
-- A partner's invoices, newest first.
create index invoice_partner_newest on invoice (partner_tenant_id, invoice_date desc, id desc);
create index invoice_newest on invoice (invoice_date desc, id desc);

-- A line item on an issued invoice is frozen. When rating later changes a billed day (late usage, a back-dated
-- price), the difference is an unbilled line of its own (the "late" line, with its original usage date), billed by
-- the partner's next close: so only an unbilled line is unique per day and resource.
do $$
declare
    name text;
begin
    select conname into name from pg_constraint
        where conrelid = 'usage_line_item'::regclass and contype = 'u';
    execute format('alter table usage_line_item drop constraint %I', name);
end $$;
create unique index usage_line_item_unbilled on usage_line_item (subscription_id, meter_id, period, usage_date,
    resource_uri) where invoice_number is null;
create index usage_line_item_billed_group on usage_line_item (subscription_id, meter_id, period, usage_date)
    where invoice_number is not null;
create index usage_line_item_invoice on usage_line_item (invoice_number, id) where invoice_number is not null;

-- The invoice a usage record is billed on: set once, by the close that bills it, so a record is on one invoice. No
-- index holds it and pages keep room, so that setting it on a million records is a HOT update (a new row version on
-- the same page, no index entries): the close's costliest statement, 3x faster so (bench/README.md, CloseBenchmark).
alter table usage_record add column invoice_number text;
alter table usage_record set (fillfactor = 50);
