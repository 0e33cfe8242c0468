create schema if not exists demo;

-- One row per demo dataset ever loaded, so a dataset is never loaded twice.
create table demo.dataset (
  name      text primary key,
  loaded_at timestamptz not null default now()
);
