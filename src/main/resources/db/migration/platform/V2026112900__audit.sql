create schema if not exists platform;

-- Every change to the registry: who, when, and the record before and after (null when created or removed).
create table platform.audit_entry (
  id         bigint generated always as identity primary key,
  at         timestamptz not null default now(),
  actor      text not null,
  entity     text not null check (entity ~ '^[a-z][a-z_]{1,40}$'),
  entity_id  bigint not null,
  action     text not null check (action in ('CREATED', 'UPDATED', 'ARCHIVED', 'IMPORTED')),
  old_value  jsonb,
  new_value  jsonb
);
create index audit_entry_entity_idx on platform.audit_entry (entity, entity_id, at desc);
create index audit_entry_at_idx on platform.audit_entry (at desc);
