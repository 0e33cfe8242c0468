-- Phase 2 (run twice at once, one slice each: psql -v first=1 -v last=5000000 -v rows=10000000): synthetic flows
-- generated inside PostgreSQL with generate_series, nothing crosses the network. Row i falls in month
-- floor((i - 1) * 120 / rows), so the table fills roughly in period order, as monthly imports fill it (BRIN).
-- 10 years (2016-01 .. 2025-12), 200 partner countries, all 96 HS chapters (4-digit headings), 2 flows, 5 channels.
\set ON_ERROR_STOP on
set synchronous_commit = off;
insert into insight.trade_flow (source_kind, source, period, reporter, partner_country, flow, hs_code, channel, value,
  currency, reporting_value, reporting_currency)
select 'OFFICIAL', 'BENCH synthetic flows (not real trade)',
       (date '2016-01-01' + ((i - 1) * 120 / :rows)::int * interval '1 month')::date,
       'cn-jinan',
       d.countries[1 + (r1 * 200)::int % 200],
       case when r2 < 0.5 then 'EXPORT' else 'IMPORT' end,
       d.chapters[1 + (r2 * 192)::int % 96] || lpad((1 + (r3 * 99)::int % 99)::text, 2, '0'),
       d.channels[1 + (r3 * 500)::int % 5],
       v, 'USD', v, 'USD'
from (select array['AD','AE','AF','AG','AI','AL','AM','AO','AQ','AR','AS','AT','AU','AW','AX','AZ','BA','BB','BD','BE','BF','BG','BH','BI','BJ','BL','BM','BN','BO','BQ','BR','BS','BT','BV','BW','BY','BZ','CA','CC','CD','CF','CG','CH','CI','CK','CL','CM','CO','CR','CU','CV','CW','CX','CY','CZ','DE','DJ','DK','DM','DO','DZ','EC','EE','EG','EH','ER','ES','ET','FI','FJ','FK','FM','FO','FR','GA','GB','GD','GE','GF','GG','GH','GI','GL','GM','GN','GP','GQ','GR','GS','GT','GU','GW','GY','HK','HM','HN','HR','HT','HU','ID','IE','IL','IM','IN','IO','IQ','IR','IS','IT','JE','JM','JO','JP','KE','KG','KH','KI','KM','KN','KP','KR','KW','KY','KZ','LA','LB','LC','LI','LK','LR','LS','LT','LU','LV','LY','MA','MC','MD','ME','MF','MG','MH','MK','ML','MM','MN','MO','MP','MQ','MR','MS','MT','MU','MV','MW','MX','MY','MZ','NA','NC','NE','NF','NG','NI','NL','NO','NP','NR','NU','NZ','OM','PA','PE','PF','PG','PH','PK','PL','PM','PN','PR','PS','PT','PW','PY','QA','RE','RO','RS','RU','RW','SA','SB','SC','SD','SE','SG','SH','SI','SJ']::text[] as countries,
             array(select lpad(c::text, 2, '0') from generate_series(1, 97) c where c <> 77) as chapters,
             array['CBEC_9610', 'CBEC_1210', 'B2B_9710', 'B2B_9810', 'GENERAL'] as channels) d,
     -- random() in the select list of a subquery over the series runs once per row (a lateral subquery without a
     -- reference to the row would run once in all).
     (select i, random() as r1, random() as r2, random() as r3, round((random() * 100000)::numeric, 2) as v
      from generate_series(:first::bigint, :last::bigint) i) x;
