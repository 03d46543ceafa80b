-- Payments and payment status. The issued invoice row stays as the close wrote it (V7): what its partner paid is kept
-- beside it, in payment (every payment, as recorded) and invoice_payment_state (their sum per invoice).

-- The partner's credit its issue consumed (the partner's earlier overpayments in the currency), set once by the close.
-- Its balance is total_charges - credit_applied - the paid amount, never below 0.
alter table invoice add column credit_applied numeric not null default 0;

-- Every payment the operator recorded. credited_amount is the part beyond the invoice's balance at the time, which
-- became the partner's credit.
create table payment (
    id                uuid        primary key,
    invoice_id        text        not null references invoice (id),
    partner_tenant_id uuid        not null,
    amount            numeric     not null check (amount > 0),
    currency_code     text        not null,
    payment_date      timestamptz not null,
    reference         text,
    recorded_at       timestamptz not null,
    credited_amount   numeric     not null check (credited_amount >= 0 and credited_amount <= amount),
    -- The order payments were recorded in: two recorded in one microsecond (or under a frozen clock) still list in
    -- the order they came, which recorded_at and a random id cannot say.
    recorded_order    bigint      generated always as identity unique
);
-- In recorded order: an invoice's payments, a partner's (everybody's: the unique index of recorded_order).
create index payment_invoice_recorded on payment (invoice_id, recorded_order);
create index payment_partner_recorded on payment (partner_tenant_id, recorded_order);
-- A partner's last payment in a currency (the invoice summary's).
create index payment_partner_latest on payment (partner_tenant_id, currency_code, payment_date desc, recorded_at desc);

-- One row per invoice, written by the close that issues it and updated in each payment's transaction: the row every
-- payment of the invoice locks first, so that two payments never both see the same balance. paid_at and overdue_at
-- say that invoice.paid and invoice.overdue were announced (each once).
create table invoice_payment_state (
    invoice_id  text        primary key references invoice (id),
    paid_amount numeric     not null,
    paid_at     timestamptz,
    overdue_at  timestamptz
);
-- What the overdue check reads: invoices neither paid nor announced overdue yet, a small set whatever the history.
create index invoice_payment_state_open on invoice_payment_state (invoice_id)
    where paid_at is null and overdue_at is null;
-- Invoices issued before payments existed start from what they say was paid at their issue (0).
insert into invoice_payment_state (invoice_id, paid_amount, paid_at)
    select id, paid_amount, case when total_charges - paid_amount <= 0 then invoice_date end from invoice;

-- A partner's credit in a currency: its overpayments, less what its invoices consumed since. The close takes it under
-- the partner's lock; a payment adds to it under this row's lock.
create table partner_credit (
    partner_tenant_id uuid    not null,
    currency_code     text    not null,
    amount            numeric not null check (amount >= 0),
    primary key (partner_tenant_id, currency_code)
);
