-- Reconciliation exports: a snapshot of line items written as gzip parts, stored here (not on a replica's disk) so
-- that any replica serves them. An export is readable only once every part is written (status ready); its bytes
-- are deleted when it expires or fails, while its row stays, so that a late reader is told what happened.

create table reconciliation_export (
    id                uuid        primary key,
    operation_id      uuid        not null,
    -- Who may read it: the partner that asked, or the operator (the flag keeps an operator's export from matching
    -- a partner whose tenant id it shares), as for operations.
    owner_tenant_id   uuid        not null,
    owner_is_operator boolean     not null,
    -- Whose lines it holds.
    partner_tenant_id uuid        not null,
    -- The invoice exported, or null for the unbilled lines of billing_period (current or last).
    invoice_id        text,
    billing_period    text        check (billing_period in ('current', 'last')),
    currency_code     text        not null,
    attribute_set     text        not null check (attribute_set in ('full', 'basic')),
    data_format       text        not null check (data_format in ('jsonl', 'csv')),
    status            text        not null check (status in ('writing', 'ready', 'failed')),
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    row_count         bigint,
    -- Set when the sweep deleted its bytes (expired, failed or abandoned by a stopped process).
    purged_at         timestamptz
);
create index reconciliation_export_expiry on reconciliation_export (expires_at) where purged_at is null;

create table reconciliation_export_part (
    export_id   uuid    not null references reconciliation_export on delete cascade,
    part_number integer not null,
    name        text    not null,
    row_count   bigint  not null,
    byte_count  bigint  not null,
    -- Lowercase hex of the SHA-256 of the exact bytes a download answers.
    sha256      text    not null,
    primary key (export_id, part_number)
);

-- A part's gzip bytes in order, in bounded chunks: written and read one chunk at a time, never a whole part.
create table reconciliation_export_chunk (
    export_id    uuid    not null references reconciliation_export on delete cascade,
    part_number  integer not null,
    chunk_number integer not null,
    bytes        bytea   not null,
    primary key (export_id, part_number, chunk_number)
);
-- gzip does not compress again: stored out of line without PostgreSQL's own compression attempt.
alter table reconciliation_export_chunk alter column bytes set storage external;
