-- Kinds of organization are data, like kinds of partnership, so the office can add its own.
create table network.organization_kind (
  code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,40}$'),
  names      jsonb not null check (names ? 'en'),
  sort_order int not null default 100
);
insert into network.organization_kind (code, names, sort_order) values
  ('FRIENDSHIP_ASSOCIATION', '{"en": "Friendship association", "zh": "友好协会"}', 10),
  ('INTERNATIONAL_ORGANIZATION', '{"en": "International organization", "zh": "国际组织"}', 20),
  ('CHAMBER_OF_COMMERCE', '{"en": "Chamber of commerce", "zh": "商会"}', 30),
  ('COMPANY', '{"en": "Company", "zh": "企业"}', 40),
  ('MEDIA', '{"en": "Media outlet", "zh": "媒体"}', 50),
  ('GOVERNMENT_OFFICE', '{"en": "Government office", "zh": "政府部门"}', 60),
  ('CONSULTATIVE_BODY', '{"en": "Political consultative body", "zh": "政协机构"}', 70);

create table network.organization (
  id         bigint generated always as identity primary key,
  code       text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
  kind       text not null references network.organization_kind (code),
  names      jsonb not null check (names ? 'en'),
  place_id   bigint references network.place (id),
  website    text check (website is null or website ~ '^https?://'),
  archived   boolean not null default false,
  demo       boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organization_place_idx on network.organization (place_id);

-- email, phone and postal_address are personal details: only staff and the contact's own partner office see them.
create table network.contact (
  id              bigint generated always as identity primary key,
  code            text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
  full_name       text not null check (char_length(full_name) between 1 and 200),
  names           jsonb not null default '{}',
  position        text,
  organization_id bigint references network.organization (id),
  place_id        bigint references network.place (id),
  languages       text[] not null default '{}',
  term_start      date,
  term_end        date,
  email           text,
  phone           text,
  postal_address  text,
  notes           text,
  archived        boolean not null default false,
  demo            boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint contact_term_order check (term_end is null or term_start is null or term_end >= term_start)
);
create index contact_place_idx on network.contact (place_id);
create index contact_organization_idx on network.contact (organization_id);

alter table network.partnership add column fields_of_cooperation text[] not null default '{}';

create table network.partnership_contact (
  partnership_id bigint not null references network.partnership (id) on delete cascade,
  contact_id     bigint not null references network.contact (id) on delete cascade,
  primary key (partnership_id, contact_id)
);

-- Read model fed by the exchange module's events: which places took part in which exchange, and when.
-- A partnership's last activity is the latest day here that is not in the future, so it is derived when read.
create table network.partner_activity (
  exchange_id bigint not null,
  place_id    bigint not null references network.place (id),
  occurred_on date not null,
  primary key (exchange_id, place_id)
);
create index partner_activity_place_idx on network.partner_activity (place_id, occurred_on);
create index partnership_partner_active_idx on network.partnership (partner_place_id) where not archived;
