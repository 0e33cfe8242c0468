-- A checkout review's document is written once and read whole (placing copies each consignment's quote out of it);
-- nothing queries inside it. As json it is kept as written: no conversion to jsonb's binary form when stored and
-- none back to text each time a node that did not make the review places it.
alter table ordering.checkout_review alter column consignments type json using consignments::json;
