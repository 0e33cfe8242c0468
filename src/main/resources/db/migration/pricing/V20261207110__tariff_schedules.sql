-- National tariff schedules, each file loaded as one dated, sourced version. A later
-- version of a market takes over from its valid_from; lookups pick the one in force on a date.
create table pricing.tariff_schedule (
  id               bigint generated always as identity primary key,
  market           text not null,
  version          text not null,
  valid_from       date not null,
  valid_to         date,
  source_authority text not null,
  source_document  text not null,
  licence          text not null,
  loaded_by        text not null,
  loaded_at        timestamptz not null default now(),
  line_count       integer not null,
  unique (market, version)
);
create index tariff_schedule_in_force_idx on pricing.tariff_schedule (market, valid_from desc);

-- code holds digits only; collation "C" lets the primary key answer prefix ranges.
create table pricing.tariff_line (
  schedule_id    bigint not null references pricing.tariff_schedule (id) on delete cascade,
  code           text collate "C" not null,
  digits         smallint not null,
  description    text not null,
  rate_text      text not null,
  rate_kind      text not null,
  rate           jsonb not null,
  inherited_from text,
  primary key (schedule_id, code)
);

-- The WCO Harmonized System nomenclature (chapters, headings, subheadings) per edition.
create table pricing.hs_code (
  edition     text not null,
  code        text collate "C" not null,
  level       smallint not null,
  description text not null,
  parent      text,
  section     text,
  primary key (edition, code)
);
