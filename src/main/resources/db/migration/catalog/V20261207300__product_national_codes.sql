-- A product's national tariff line per destination country (as Shopify's per-country harmonized codes):
-- 8 to 10 digits under the product's 6-digit HS code, checked against the destination's schedule in force
-- when written. A destination without one is quoted on the 6-digit code.
create table catalog.product_national_code (
  product_id   bigint not null references catalog.product (id) on delete cascade,
  country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'),
  code         text not null check (code ~ '^[0-9]{8,10}$'),
  primary key (product_id, country_code)
);
