-- A company's working hours in its own place's time zone: the scheduler places no meeting outside them.
alter table matchmaking.company
  add column work_starts time not null default '08:00',
  add column work_ends   time not null default '18:00',
  add constraint company_working_hours check (work_starts < work_ends);
