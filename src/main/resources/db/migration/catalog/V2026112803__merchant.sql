create schema if not exists catalog;

create table catalog.merchant (
  id              bigint generated always as identity primary key,
  code            text not null unique,
  legal_name      text not null,
  display_names   jsonb not null check (display_names ? 'en'),
  home_place_id   bigint not null,
  country_code    char(2) not null check (country_code ~ '^[A-Z]{2}$'),
  payout_currency char(3) not null check (payout_currency ~ '^[A-Z]{3}$'),
  verification    text not null default 'PENDING' check (verification in ('PENDING', 'VERIFIED', 'SUSPENDED')),
  demo            boolean not null default false,
  created_at      timestamptz not null default now()
);
