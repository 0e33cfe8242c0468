create schema if not exists identity;

create table identity.account (
  id               bigint generated always as identity primary key,
  username         text not null,
  password_hash    text not null,
  role             text not null check (role in ('ADMIN', 'PARTNER_OFFICE', 'MERCHANT', 'BUYER')),
  display_name     text not null,
  partner_place_id bigint,
  company_id       bigint,
  enabled          boolean not null default true,
  demo             boolean not null default false,
  created_at       timestamptz not null default now(),
  constraint account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  constraint partner_office_is_bound check (role <> 'PARTNER_OFFICE' or partner_place_id is not null),
  constraint merchant_is_bound check (role <> 'MERCHANT' or company_id is not null)
);
create unique index account_username_key on identity.account (username);

create table identity.api_token (
  id           bigint generated always as identity primary key,
  account_id   bigint not null references identity.account (id) on delete cascade,
  name         text not null,
  token_hash   bytea not null,
  token_prefix text not null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  constraint api_token_name_length check (char_length(name) between 1 and 100)
);
create unique index api_token_hash_key on identity.api_token (token_hash);
create index api_token_account_idx on identity.api_token (account_id);

-- Failed sign-ins per username; a row is deleted on the next successful sign-in.
create table identity.login_failure (
  username        text primary key,
  failures        int not null,
  last_failure_at timestamptz not null
);
