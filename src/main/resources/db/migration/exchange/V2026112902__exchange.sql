create schema if not exists exchange;

-- Start and end are kept as local date-times in the exchange's own zone (what the organisers agreed);
-- starts_at is the instant derived from them, for ordering and the calendar.
create table exchange.exchange (
  id              bigint generated always as identity primary key,
  code            text unique check (code ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
  kind            text not null check (kind in ('CONFERENCE_ONLINE', 'CONFERENCE_ONSITE', 'CONFERENCE_HYBRID',
                    'DELEGATION_VISIT', 'LETTER', 'DONATION', 'CULTURAL_EVENT', 'TRADE_FAIR', 'PROJECT_MILESTONE')),
  title           jsonb not null check (title ? 'en'),
  start_local     timestamp not null,
  start_precision text not null check (start_precision in ('MINUTE', 'DAY', 'MONTH', 'YEAR')),
  end_local       timestamp,
  time_zone       text not null,
  starts_at       timestamptz not null,
  ends_at         timestamptz,
  summary         text,
  outcomes        text,
  public          boolean not null default true,
  archived        boolean not null default false,
  demo            boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint exchange_end_after_start check (end_local is null or end_local >= start_local),
  constraint exchange_start_range check (start_local between '1800-01-01' and '2200-01-01')
);
create index exchange_starts_idx on exchange.exchange (starts_at) where not archived;

-- One of: a place, an organization, a contact, or a country whose partners the source does not name.
create table exchange.participant (
  id              bigint generated always as identity primary key,
  exchange_id     bigint not null references exchange.exchange (id) on delete cascade,
  role            text not null check (role in ('ORGANIZER', 'PARTICIPANT')),
  place_id        bigint references network.place (id),
  organization_id bigint references network.organization (id),
  contact_id      bigint references network.contact (id),
  country_code    char(2) check (country_code ~ '^[A-Z]{2}$'),
  description     text,
  constraint participant_is_one_thing check (num_nonnulls(place_id, organization_id, contact_id, country_code) = 1)
);
create index participant_exchange_idx on exchange.participant (exchange_id);
create index participant_place_idx on exchange.participant (place_id, exchange_id) where place_id is not null;

create table exchange.donation (
  id                        bigint generated always as identity primary key,
  code                      text unique check (code ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
  exchange_id               bigint references exchange.exchange (id),
  direction                 text not null check (direction in ('GIVEN', 'RECEIVED')),
  donor_place_id            bigint references network.place (id),
  donor_organization_id     bigint references network.organization (id),
  donor_name                text,
  recipient_place_id        bigint references network.place (id),
  recipient_organization_id bigint references network.organization (id),
  recipient_name            text,
  recipient_country         char(2) check (recipient_country ~ '^[A-Z]{2}$'),
  status                    text not null check (status in ('PLEDGED', 'SHIPPED', 'DELIVERED')),
  pledged_on                date,
  shipped_on                date,
  delivered_on              date,
  notes                     text,
  public                    boolean not null default true,
  archived                  boolean not null default false,
  demo                      boolean not null default false,
  created_at                timestamptz not null default now(),
  updated_at                timestamptz not null default now()
);
create index donation_recipient_place_idx on exchange.donation (recipient_place_id);
create index donation_donor_place_idx on exchange.donation (donor_place_id);

-- Unknown quantities and values stay null.
create table exchange.donation_item (
  id             bigint generated always as identity primary key,
  donation_id    bigint not null references exchange.donation (id) on delete cascade,
  item           text not null check (char_length(item) between 1 and 200),
  quantity       numeric(18, 3) check (quantity is null or quantity > 0),
  unit           text,
  value_amount   numeric(18, 2) check (value_amount is null or value_amount >= 0),
  value_currency char(3) check (value_currency ~ '^[A-Z]{3}$'),
  constraint donation_item_value_has_currency check (value_amount is null or value_currency is not null)
);
create index donation_item_donation_idx on exchange.donation_item (donation_id);

create table exchange.project (
  id         bigint generated always as identity primary key,
  code       text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
  names      jsonb not null check (names ? 'en'),
  summary    text,
  public     boolean not null default true,
  archived   boolean not null default false,
  demo       boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table exchange.sub_project (
  id               bigint generated always as identity primary key,
  project_id       bigint not null references exchange.project (id) on delete cascade,
  partner_place_id bigint references network.place (id),
  names            jsonb not null check (names ? 'en'),
  status           text not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'BUILT')),
  notes            text,
  position         int not null default 0
);
create index sub_project_project_idx on exchange.sub_project (project_id);
create index sub_project_partner_idx on exchange.sub_project (partner_place_id);

create table exchange.milestone (
  id             bigint generated always as identity primary key,
  sub_project_id bigint not null references exchange.sub_project (id) on delete cascade,
  occurred_on    date,
  precision      text not null check (precision in ('DAY', 'MONTH', 'YEAR', 'UNKNOWN')),
  description    text not null,
  constraint milestone_dates_agree check ((occurred_on is null) = (precision = 'UNKNOWN'))
);
create index milestone_sub_project_idx on exchange.milestone (sub_project_id);
