-- The directory showed each tie's last activity with a sub-select per row, which made it miss its latency target
-- (bench/RESULTS-network.md). The date is now kept on the partnership by PartnerActivityListener. Activities dated
-- in the future are not "last activity" yet: next_activity_on remembers the soonest of them, so that a reader can
-- tell when the kept date has gone stale because that day has come (it then falls back to partner_activity).
alter table network.partnership add column last_activity_on date, add column next_activity_on date;

update network.partnership s set
  last_activity_on = (select max(a.occurred_on) from network.partner_activity a
                      where a.place_id = s.partner_place_id and a.occurred_on <= current_date),
  next_activity_on = (select min(a.occurred_on) from network.partner_activity a
                      where a.place_id = s.partner_place_id and a.occurred_on > current_date);

-- A tie created for (or moved to) a place that was already active starts with that place's dates, whichever code path
-- writes it (forms, API, JSON and CSV imports).
create function network.partnership_activity_dates() returns trigger language plpgsql as $$
begin
  new.last_activity_on := (select max(a.occurred_on) from network.partner_activity a
                           where a.place_id = new.partner_place_id and a.occurred_on <= current_date);
  new.next_activity_on := (select min(a.occurred_on) from network.partner_activity a
                           where a.place_id = new.partner_place_id and a.occurred_on > current_date);
  return new;
end $$;
create trigger partnership_activity_dates before insert or update of partner_place_id on network.partnership
  for each row execute function network.partnership_activity_dates();
