-- The W3C traceparent of the work that wrote the event (null where none was traced): the relay sends it as the
-- Kafka record's traceparent header, so the consumer's span joins the trace of the request that caused it.
alter table outbox_event add column trace_parent text;
