-- Month × flow × partner country, without channel or city (about 48,000 rows for ten years and 200 countries against
-- 240,000 in the partner rollup): the partner ranking and the sister-city comparison read it whenever no channel,
-- city or chapter is asked for. Kept current like the other rollups.
create table insight.rollup_country (
  source_kind     text not null,
  period          date not null,
  flow            text not null,
  partner_country char(2) not null,
  reporting_value numeric(22, 2) not null,
  records         bigint not null,
  primary key (source_kind, period, flow, partner_country)
);
insert into insight.rollup_country (source_kind, period, flow, partner_country, reporting_value, records)
select source_kind, period, flow, partner_country, sum(reporting_value), sum(records)
from insight.rollup_partner group by 1, 2, 3, 4;
create index rollup_country_country_idx on insight.rollup_country (source_kind, partner_country, period);
