-- Files attached to records of other modules (agreement documents of partnerships, attachments of exchanges). The
-- bytes live under TWINPORT_HOME/attachments/<storage_key>; this row is written in the same transaction that decides
-- whether the file stays, so a row never names a missing file.
create table platform.attachment (
  id           bigint generated always as identity primary key,
  owner_type   text not null check (owner_type ~ '^[a-z][a-z_]{1,40}$'),
  owner_id     bigint not null,
  file_name    text not null check (length(file_name) between 1 and 200),
  content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
                 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
  size_bytes   bigint not null check (size_bytes > 0),
  sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key  text not null unique check (storage_key ~ '^[0-9a-f-]{36}$'),
  public       boolean not null default false,
  uploaded_by  text not null,
  uploaded_at  timestamptz not null default now(),
  archived     boolean not null default false
);
create index attachment_owner_idx on platform.attachment (owner_type, owner_id) where not archived;
