-- Bulk import jobs and their rejected lines, so that progress survives a restart and any node can answer it.
create table catalog.import_job (
  id              uuid primary key,
  -- null for an ADMIN import whose rows each name their merchant
  merchant_id     bigint references catalog.merchant (id),
  state           text not null check (state in ('RUNNING', 'DONE', 'FAILED')),
  total_rows      integer not null default 0 check (total_rows >= 0),
  processed_rows  integer not null default 0 check (processed_rows >= 0),
  products_saved  integer not null default 0 check (products_saved >= 0),
  rows_rejected   integer not null default 0 check (rows_rejected >= 0),
  message         text not null default '',
  started_at      timestamptz not null default now(),
  -- the node running the job writes at least every second; a RUNNING job silent for longer was cut off
  heartbeat_at    timestamptz not null default now()
);
create index import_job_merchant_idx on catalog.import_job (merchant_id, started_at desc);

create table catalog.import_error (
  job_id  uuid not null references catalog.import_job (id) on delete cascade,
  seq     integer not null,
  line    integer not null,
  handle  text not null,
  reason  text not null,
  primary key (job_id, seq)
);
