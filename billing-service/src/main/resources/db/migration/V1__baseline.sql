-- billing-service's own tables start here; commons' tables (outbox, consumed events, idempotent requests) come
-- from db/commons.
select 1;
