-- The coarsest rollup: month × flow × channel (about 1,200 rows for ten years of one source kind). It answers the
-- totals, growth and channel figures whenever neither a partner nor an HS chapter is involved, which is most of the
-- dashboard's requests, without reading the 100,000-row chapter rollup. Kept current like the other two.
create table insight.rollup_month (
  source_kind     text not null,
  period          date not null,
  flow            text not null,
  channel         text not null,
  reporting_value numeric(22, 2) not null,
  records         bigint not null,
  primary key (source_kind, period, flow, channel)
);
insert into insight.rollup_month (source_kind, period, flow, channel, reporting_value, records)
select source_kind, period, flow, channel, sum(reporting_value), sum(records)
from insight.rollup_chapter group by 1, 2, 3, 4;
-- Chapter-filtered totals read the chapter rollup by chapter first.
create index rollup_chapter_chapter_idx on insight.rollup_chapter (source_kind, hs_chapter, period);
