-- Long-running work a caller starts and then polls (the close of a billing period now, exports later): the answer
-- to the start is 202 with Location: /v1/operations/{id}, so the outcome has to outlive the request and a restart.

create table operation (
    id                uuid        primary key,
    -- What was started (billing_period_close, ...): the one resource serves every kind.
    kind              text        not null,
    -- Who started it: only that partner (or the operator) may read it, anyone else gets 404. The flag keeps an
    -- operator's operation from ever matching a partner whose tenant id it shares.
    owner_tenant_id   uuid        not null,
    owner_is_operator boolean     not null,
    status            text        not null check (status in ('running', 'succeeded', 'failed')),
    created_at        timestamptz not null,
    -- Moves on every step of the work, so a poller tells a live operation from one stuck since a crash.
    last_action_at    timestamptz not null,
    -- Set when succeeded: where the result is (an invoice list, an export manifest).
    resource_location text,
    -- Set when failed, in words for the caller: the failed operation's error {code, message}.
    error_code        text,
    error_message     text,
    -- What was asked (the period, the partner), so a run can be understood and repeated.
    request           jsonb
);
