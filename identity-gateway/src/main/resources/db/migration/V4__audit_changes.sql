-- The partner-facing audit log reads only changes (writes that took effect) out of one row per request: without these
-- partial indexes, a partner's page of changes would scan all its reads first.
create index audit_record_changes_by_partner_time on audit_record (partner_tenant_id, occurred_at, id)
    where method in ('POST', 'PUT', 'PATCH', 'DELETE') and status < 400;
create index audit_record_changes_by_time on audit_record (occurred_at, id)
    where method in ('POST', 'PUT', 'PATCH', 'DELETE') and status < 400;
