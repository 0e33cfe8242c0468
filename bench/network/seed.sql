-- Benchmark data for the network and exchanges: 5,000 partnerships and 200,000 exchanges, marked demo.
-- Load into a Twinport database that already holds the demo dataset (it needs the home city cn-jinan):
--   psql -h 127.0.0.1 -p <port> -U postgres -d postgres -f bench/network/seed.sql
-- Idempotent enough for benchmarking: it removes the previous bench rows first.
\set ON_ERROR_STOP on
begin;
delete from network.partner_activity where exchange_id in (select id from exchange.exchange where code like 'bench-%');
delete from exchange.exchange where code like 'bench-%';
delete from network.partnership where partner_place_id in (select id from network.place where code like 'bench-%');
delete from network.place where code like 'bench-%';

insert into network.place (code, kind, names, country_code, continent, latitude, longitude, time_zone, currency, demo)
select 'bench-' || g, 'CITY', jsonb_build_object('en', 'Bench City ' || g, 'zh', '基准城市' || g),
       (array['FI','JP','GB','US','DE','FR','KR','BR','ZA','AU'])[1 + g % 10],
       (array['EUROPE','ASIA','EUROPE','NORTH_AMERICA','EUROPE','EUROPE','ASIA','SOUTH_AMERICA','AFRICA','OCEANIA'])[1 + g % 10],
       -60 + (g * 7919 % 12000) / 100.0, -180 + (g * 104729 % 36000) / 100.0,
       (array['Europe/Helsinki','Asia/Tokyo','Europe/London','America/New_York','Europe/Berlin','Europe/Paris','Asia/Seoul','America/Sao_Paulo','Africa/Johannesburg','Australia/Sydney'])[1 + g % 10],
       'EUR', true
from generate_series(1, 5000) g;

insert into network.partnership (home_place_id, partner_place_id, kind, status, established_on, established_precision, demo)
select (select id from network.place where code = 'cn-jinan'), p.id,
       (array['SISTER_CITY','FRIENDLY_COOPERATION','EXCHANGE_MEMORANDUM'])[1 + p.id % 3],
       (array['ACTIVE','ACTIVE','ACTIVE','DORMANT','PROPOSED'])[1 + p.id % 5],
       make_date(1975 + (p.id % 50)::int, 1 + (p.id % 12)::int, 1 + (p.id % 28)::int), 'DAY', true
from network.place p where p.code like 'bench-%';

-- 40 exchanges per partner across 2006..2026, with the partner and the home city taking part.
insert into exchange.exchange (code, kind, title, start_local, start_precision, time_zone, starts_at, summary, public, demo)
select 'bench-' || g,
       (array['CONFERENCE_ONLINE','DELEGATION_VISIT','LETTER','CULTURAL_EVENT','TRADE_FAIR'])[1 + g % 5],
       jsonb_build_object('en', 'Bench exchange ' || g),
       timestamp '2006-01-01 09:00' + ((g * 7 % 7600) || ' days')::interval, 'MINUTE', 'Asia/Shanghai',
       (timestamp '2006-01-01 09:00' + ((g * 7 % 7600) || ' days')::interval) at time zone 'Asia/Shanghai',
       'Generated for the benchmark', g % 10 <> 0, true
from generate_series(1, 200000) g;

insert into exchange.participant (exchange_id, role, place_id)
select e.id, 'PARTICIPANT', p.id
from exchange.exchange e
join network.place p on p.code = 'bench-' || (1 + substring(e.code from 7)::int % 5000)
where e.code like 'bench-%';
insert into exchange.participant (exchange_id, role, place_id)
select e.id, 'ORGANIZER', (select id from network.place where code = 'cn-jinan')
from exchange.exchange e where e.code like 'bench-%';

-- What the exchange module's PartnerActivityChanged events would have written.
insert into network.partner_activity (exchange_id, place_id, occurred_on)
select pa.exchange_id, pa.place_id, e.start_local::date
from exchange.participant pa join exchange.exchange e on e.id = pa.exchange_id
where e.code like 'bench-%'
on conflict do nothing;

-- What PartnerActivityListener keeps on each partnership from those rows (migration V20261129101).
update network.partnership s set
  last_activity_on = (select max(a.occurred_on) from network.partner_activity a
                      where a.place_id = s.partner_place_id and a.occurred_on <= current_date),
  next_activity_on = (select min(a.occurred_on) from network.partner_activity a
                      where a.place_id = s.partner_place_id and a.occurred_on > current_date)
where s.partner_place_id in (select id from network.place where code like 'bench-%');
commit;
analyze;
