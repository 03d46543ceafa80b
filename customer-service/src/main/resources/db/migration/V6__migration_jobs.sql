-- Bulk imports of existing customers: the parsed rows, the progress while the job runs, and each bad row.
create table migration_job (
    id                uuid        primary key,
    partner_tenant_id uuid        not null,
    format            text        not null,
    status            text        not null,
    rows_json         text        not null,
    total_rows        integer     not null,
    processed_rows    integer     not null,
    imported_rows     integer     not null,
    skipped_rows      integer     not null,
    failed_rows       integer     not null,
    created_at        timestamptz not null,
    finished_at       timestamptz
);
create index migration_job_by_partner on migration_job (partner_tenant_id, created_at);

create table migration_job_error (
    job_id uuid    not null references migration_job (id) on delete cascade,
    line   integer not null,
    reason text    not null,
    primary key (job_id, line)
);
