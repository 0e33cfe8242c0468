create schema if not exists pricing;

-- Versioned landed-cost rule sets. The newest loaded set is the one in force; quotes keep the version they used.
create table pricing.rule_set (
  id          bigint generated always as identity primary key,
  version     text not null unique,
  document    text not null,
  demo        boolean not null default false,
  loaded_by   text not null,
  loaded_at   timestamptz not null default now()
);

create table pricing.quote (
  id               uuid primary key,
  account_id       bigint,
  destination      char(2) not null,
  rule_set_version text not null references pricing.rule_set (version),
  fx_rate_set_id   text not null,
  request          jsonb not null,
  quote            jsonb not null,
  created_at       timestamptz not null,
  expires_at       timestamptz not null
);
create index quote_account_idx on pricing.quote (account_id, created_at desc);
