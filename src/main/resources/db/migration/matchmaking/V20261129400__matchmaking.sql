create schema if not exists matchmaking;

-- A company taking part in matchmaking. A merchant's profile points at catalog.merchant (merchant_id); a buying
-- company that does not sell is owned by one BUYER account (owner_account_id), or managed by the office when
-- neither is set (sample companies, companies the office registers for a delegation).
-- The facets (descriptions, HS codes, ISIC sections, offers, seeks, markets, languages) are one jsonb document:
-- they are always read and written together, and scoring runs on an in-memory copy.
create table matchmaking.company (
  id               bigint generated always as identity primary key,
  merchant_id      bigint unique,
  owner_account_id bigint unique,
  name             text not null,
  place_id         bigint not null,
  country_code     text not null check (country_code ~ '^[A-Z]{2}$'),
  size             text not null check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
  open_to_meetings boolean not null default true,
  demo             boolean not null default false,
  facets           jsonb not null default '{}',
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint company_one_owner check (merchant_id is null or owner_account_id is null)
);

create table matchmaking.hidden_suggestion (
  company_id        bigint not null references matchmaking.company (id),
  hidden_company_id bigint not null references matchmaking.company (id),
  hidden_at         timestamptz not null default now(),
  primary key (company_id, hidden_company_id)
);

-- Pairs the office has blocked: stored once, lower id first.
create table matchmaking.blocked_pair (
  company_a  bigint not null references matchmaking.company (id),
  company_b  bigint not null references matchmaking.company (id),
  blocked_at timestamptz not null default now(),
  primary key (company_a, company_b),
  check (company_a < company_b)
);

create table matchmaking.rfq (
  id               bigint generated always as identity primary key,
  buyer_company_id bigint not null references matchmaking.company (id),
  product          text not null,
  hs_code          text not null check (hs_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
  category         text,
  quantity         numeric(18, 3) not null check (quantity > 0),
  unit             text not null,
  target_amount    numeric(18, 4),
  target_currency  text,
  incoterm         text not null,
  destination      text not null check (destination ~ '^[A-Z]{2}$'),
  deadline         date not null,
  status           text not null default 'OPEN' check (status in ('OPEN', 'CLOSED', 'AWARDED')),
  awarded_quote_id bigint,
  demo             boolean not null default false,
  created_at       timestamptz not null default now()
);
create index rfq_status_idx on matchmaking.rfq (status, deadline);

create table matchmaking.quote (
  id                  bigint generated always as identity primary key,
  rfq_id              bigint not null references matchmaking.rfq (id),
  supplier_company_id bigint not null references matchmaking.company (id),
  unit_amount         numeric(18, 4) not null,
  currency            text not null,
  moq                 numeric(18, 3) not null check (moq > 0),
  lead_time_days      int not null check (lead_time_days between 0 and 730),
  incoterm            text not null,
  valid_until         date not null,
  revision            int not null default 0 check (revision between 0 and 1),
  status              text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'ACCEPTED', 'NOT_SELECTED')),
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  unique (rfq_id, supplier_company_id)
);

-- A matchmaking session at an exchange. Slots are materialised from the days, slot length and break when the
-- session is created, so meetings can refer to a slot by its index.
create table matchmaking.session (
  id               bigint generated always as identity primary key,
  exchange_id      bigint not null,
  name             text not null,
  time_zone        text not null,
  slot_minutes     int not null check (slot_minutes between 5 and 240),
  break_minutes    int not null check (break_minutes between 0 and 240),
  request_mode     text not null check (request_mode in ('APPROVAL', 'AUTOMATIC')),
  max_meetings     int not null check (max_meetings between 1 and 100),
  days             jsonb not null,
  demo             boolean not null default false,
  created_at       timestamptz not null default now()
);

create table matchmaking.slot (
  session_id bigint not null references matchmaking.session (id),
  idx        int not null,
  day        int not null,
  starts_at  timestamptz not null,
  ends_at    timestamptz not null,
  primary key (session_id, idx)
);

create table matchmaking.room (
  id         bigint generated always as identity primary key,
  session_id bigint not null references matchmaking.session (id),
  name       text not null,
  capacity   int not null check (capacity between 1 and 1000),
  unique (session_id, name)
);

-- availability: merged, sorted windows [{"from": instant, "to": instant}]
create table matchmaking.participant (
  session_id   bigint not null references matchmaking.session (id),
  company_id   bigint not null references matchmaking.company (id),
  availability jsonb not null default '[]',
  joined_at    timestamptz not null default now(),
  primary key (session_id, company_id)
);

create table matchmaking.meeting_request (
  id           bigint generated always as identity primary key,
  session_id   bigint not null references matchmaking.session (id),
  from_company bigint not null references matchmaking.company (id),
  to_company   bigint not null references matchmaking.company (id),
  status       text not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
  message      text,
  created_at   timestamptz not null default now(),
  answered_at  timestamptz,
  check (from_company <> to_company)
);
create unique index meeting_request_live_pair on matchmaking.meeting_request (session_id, least(from_company, to_company),
  greatest(from_company, to_company)) where status in ('REQUESTED', 'ACCEPTED');
create index meeting_request_to_idx on matchmaking.meeting_request (to_company, status);

-- A placed meeting: one per accepted request. Each side records its own outcome.
create table matchmaking.meeting (
  request_id        bigint primary key references matchmaking.meeting_request (id),
  session_id        bigint not null references matchmaking.session (id),
  slot_idx          int not null,
  room_id           bigint not null references matchmaking.room (id),
  outcome_from      text check (outcome_from in ('HELD', 'NO_SHOW', 'FOLLOW_UP')),
  outcome_to        text check (outcome_to in ('HELD', 'NO_SHOW', 'FOLLOW_UP')),
  agreement_signed  boolean not null default false,
  placed_at         timestamptz not null default now()
);
create index meeting_session_idx on matchmaking.meeting (session_id, slot_idx);
