-- The last scheduler run's report per session, so the office page shows it after a reload.
create table matchmaking.schedule_report (
  session_id     bigint primary key references matchmaking.session (id),
  accepted       int not null,
  placed         int not null,
  unplaced       int not null,
  moved          int not null,
  upper_bound    bigint not null,
  greedy_placed  int not null,
  idle_gaps      int not null,
  solver         text not null,
  millis         bigint not null,
  ran_at         timestamptz not null default now()
);
