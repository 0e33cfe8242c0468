-- The date a rule set takes effect (format 2's validFrom); null for format-1 sets, which
-- apply from the beginning. A quote uses the set with the latest valid_from on or before its
-- date (the newest loaded of several with that date).
alter table pricing.rule_set add column valid_from date;

-- The partners' markets (issue #15): checkout accepts them once the rule set covers them.
-- Kept in this migration because it is the one version given to this change; it belongs
-- to the ordering module's table.
insert into ordering.market values
  ('LT', 'EUR', '{EUR,USD}', '^(LT-)?[0-9]{5}$', 'LT-01103', false),
  ('HU', 'HUF', '{HUF,EUR}', '^[0-9]{4}$', '1051', false),
  ('IL', 'ILS', '{ILS,USD}', '^[0-9]{7}$', '6100000', false),
  ('CA', 'CAD', '{CAD,USD}', '^[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]$', 'K1A 0B1', true)
on conflict (country_code) do nothing;

-- The platform's default shipping for them: Lithuania and Hungary join the EU zone; Canada and
-- Israel get zones of their own with the rates of the US and the EU zones.
update ordering.shipping_zone set countries = countries || '{LT,HU}'
where merchant_id is null and code = 'eu' and not countries @> '{LT}';
insert into ordering.shipping_zone (merchant_id, code, countries) values (null, 'ca', '{CA}'), (null, 'il', '{IL}')
on conflict do nothing;
insert into ordering.shipping_rate (zone_id, service, max_weight_grams, amount, currency, transit_min_days, transit_max_days)
select z.id, r.service, r.max_weight_grams, r.amount, r.currency, r.transit_min_days, r.transit_max_days
from ordering.shipping_zone z
join ordering.shipping_zone template on template.merchant_id is null
  and template.code = case z.code when 'ca' then 'us' else 'eu' end
join ordering.shipping_rate r on r.zone_id = template.id
where z.merchant_id is null and z.code in ('ca', 'il')
on conflict do nothing;
