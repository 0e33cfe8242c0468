-- identity.login_failure now counts every attempt that has not succeeded, before its password is checked (an attempt
-- in flight counts as failed until it succeeds; a success deletes the row), and how many are still being checked.
-- Rows of usernames without an account are deleted once their wait has run out (LoginAttemptsPurge).
comment on table identity.login_failure is
  'Sign-in attempts per username that have not succeeded, counted before the password is checked (LoginThrottle)';
alter table identity.login_failure add column in_flight int not null default 0;

-- Sign-in attempts from one client address (IPv6: its /64) in the current window, across usernames, counted before
-- the password is checked; a successful sign-in gives its attempt back. Rows of past windows are deleted.
create table identity.login_address (
  address           text primary key,
  window_started_at timestamptz not null,
  attempts          int not null
);
