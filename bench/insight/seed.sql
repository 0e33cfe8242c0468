-- Generates synthetic trade flows inside PostgreSQL (generate_series; nothing crosses the network) and rebuilds the
-- rollups, the way an import keeps them current. For a throwaway benchmark home only: it empties insight's tables.
-- psql -v rows=10000000 -f seed.sql   (default 10,000,000: 10 years, 200 partner countries, 96 HS chapters)
\if :{?rows}
\else
  \set rows 10000000
\endif
\timing on
\set ON_ERROR_STOP on
truncate insight.trade_flow, insight.rollup_chapter, insight.rollup_partner;
insert into insight.source (name, kind, synthetic) values ('BENCH synthetic flows (not real trade)', 'OFFICIAL', true)
  on conflict (name) do nothing;
-- Indexes are built after the load: one sort per index instead of ten million index insertions.
drop index if exists insight.trade_flow_period_brin, insight.trade_flow_source_period_idx,
  insight.trade_flow_country_chapter_idx, insight.trade_flow_chapter_country_idx;
create temporary table bench_dim as
  select array['AD','AE','AF','AG','AI','AL','AM','AO','AQ','AR','AS','AT','AU','AW','AX','AZ','BA','BB','BD','BE','BF','BG','BH','BI','BJ','BL','BM','BN','BO','BQ','BR','BS','BT','BV','BW','BY','BZ','CA','CC','CD','CF','CG','CH','CI','CK','CL','CM','CO','CR','CU','CV','CW','CX','CY','CZ','DE','DJ','DK','DM','DO','DZ','EC','EE','EG','EH','ER','ES','ET','FI','FJ','FK','FM','FO','FR','GA','GB','GD','GE','GF','GG','GH','GI','GL','GM','GN','GP','GQ','GR','GS','GT','GU','GW','GY','HK','HM','HN','HR','HT','HU','ID','IE','IL','IM','IN','IO','IQ','IR','IS','IT','JE','JM','JO','JP','KE','KG','KH','KI','KM','KN','KP','KR','KW','KY','KZ','LA','LB','LC','LI','LK','LR','LS','LT','LU','LV','LY','MA','MC','MD','ME','MF','MG','MH','MK','ML','MM','MN','MO','MP','MQ','MR','MS','MT','MU','MV','MW','MX','MY','MZ','NA','NC','NE','NF','NG','NI','NL','NO','NP','NR','NU','NZ','OM','PA','PE','PF','PG','PH','PK','PL','PM','PN','PR','PS','PT','PW','PY','QA','RE','RO','RS','RU','RW','SA','SB','SC','SD','SE','SG','SH','SI','SJ']::text[] as countries,
         array(select lpad(c::text, 2, '0') from generate_series(1, 97) c where c <> 77) as chapters,
         array['CBEC_9610', 'CBEC_1210', 'B2B_9710', 'B2B_9810', 'GENERAL'] as channels;
insert into insight.trade_flow (source_kind, source, period, reporter, partner_country, flow, hs_code, channel, value,
  currency, reporting_value, reporting_currency)
select 'OFFICIAL', 'BENCH synthetic flows (not real trade)',
       (date '2016-01-01' + (i % 120) * interval '1 month')::date,
       'cn-jinan',
       d.countries[1 + floor(random() * 200)::int],
       case when random() < 0.5 then 'EXPORT' else 'IMPORT' end,
       d.chapters[1 + floor(random() * 96)::int] || lpad((1 + floor(random() * 99))::int::text, 2, '0'),
       d.channels[1 + floor(random() * 5)::int],
       v, 'USD', v, 'USD'
from bench_dim d, generate_series(1, :rows) i, lateral (select round((random() * 100000)::numeric, 2) as v) x;
create index trade_flow_period_brin on insight.trade_flow using brin (period);
create index trade_flow_source_period_idx on insight.trade_flow (source, period);
create index trade_flow_country_chapter_idx on insight.trade_flow (source_kind, partner_country, hs_chapter, period)
  include (flow, channel, partner_place, reporting_value);
create index trade_flow_chapter_country_idx on insight.trade_flow (source_kind, hs_chapter, partner_country, period)
  include (flow, channel, partner_place, reporting_value);
insert into insight.rollup_chapter (source_kind, period, flow, channel, hs_chapter, reporting_value, records)
select source_kind, period, flow, channel, hs_chapter, sum(reporting_value), count(*)
from insight.trade_flow group by 1, 2, 3, 4, 5;
insert into insight.rollup_partner (source_kind, period, flow, channel, partner_country, partner_place, reporting_value, records)
select source_kind, period, flow, channel, partner_country, coalesce(partner_place, ''), sum(reporting_value), count(*)
from insight.trade_flow group by 1, 2, 3, 4, 5, 6;
vacuum analyze insight.trade_flow, insight.rollup_chapter, insight.rollup_partner;
select count(*) as flows from insight.trade_flow;
select (select count(*) from insight.rollup_chapter) as rollup_chapter_rows,
       (select count(*) from insight.rollup_partner) as rollup_partner_rows,
       pg_size_pretty(pg_total_relation_size('insight.trade_flow')) as raw_size;
