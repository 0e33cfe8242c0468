create schema if not exists network;

create table network.place (
  id           bigint generated always as identity primary key,
  code         text not null unique,
  kind         text not null check (kind in ('CITY', 'PROVINCE', 'DISTRICT')),
  names        jsonb not null check (names ? 'en'),
  country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'),
  region       text,
  continent    text not null check (continent in ('AFRICA', 'ANTARCTICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'OCEANIA', 'SOUTH_AMERICA')),
  latitude     double precision check (latitude between -90 and 90),
  longitude    double precision check (longitude between -180 and 180),
  time_zone    text,
  currency     char(3) check (currency ~ '^[A-Z]{3}$'),
  languages    text[] not null default '{}',
  parent_id    bigint references network.place (id),
  is_home      boolean not null default false,
  demo         boolean not null default false,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index place_country_idx on network.place (country_code);

create table network.partnership_kind (
  code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,40}$'),
  names      jsonb not null check (names ? 'en'),
  sort_order int not null default 100
);
insert into network.partnership_kind (code, names, sort_order) values
  ('SISTER_CITY', '{"en": "Sister city", "zh": "友好城市"}', 10),
  ('FRIENDLY_COOPERATION', '{"en": "Friendly cooperation city", "zh": "友好合作城市"}', 20),
  ('EXCHANGE_MEMORANDUM', '{"en": "Exchange memorandum", "zh": "交流备忘录"}', 30),
  ('PARTNER', '{"en": "Partner (kind not stated)", "zh": "合作伙伴（类型未公布）"}', 40);

create table network.partnership (
  id                    bigint generated always as identity primary key,
  home_place_id         bigint not null references network.place (id),
  partner_place_id      bigint not null references network.place (id),
  kind                  text not null references network.partnership_kind (code),
  status                text not null check (status in ('PROPOSED', 'ACTIVE', 'DORMANT', 'SUSPENDED', 'ENDED')),
  established_on        date,
  established_precision text not null check (established_precision in ('DAY', 'MONTH', 'YEAR', 'UNKNOWN')),
  notes                 text,
  archived              boolean not null default false,
  demo                  boolean not null default false,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  constraint partnership_dates_agree check ((established_on is null) = (established_precision = 'UNKNOWN')),
  constraint partnership_not_self check (home_place_id <> partner_place_id),
  unique (home_place_id, partner_place_id, kind)
);
create index partnership_partner_idx on network.partnership (partner_place_id);
create index partnership_status_idx on network.partnership (status, kind);
