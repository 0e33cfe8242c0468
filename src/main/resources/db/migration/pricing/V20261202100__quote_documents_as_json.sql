-- A stored quote is written once and only ever read whole, by id (GET /api/v1/landed-cost/quotes/{id}):
-- nothing queries inside it. json keeps the text as written, checked but not converted into jsonb's binary form,
-- which was most of the database's work per stored quote.
alter table pricing.quote
  alter column request type json using request::json,
  alter column quote type json using quote::json;
