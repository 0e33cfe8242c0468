-- Refused rows and failed runs keep why as a message code and its arguments, worded when read
-- in the reader's language; rows stored before keep only their English text in reason / message.
alter table insight.import_error
  add column field text,
  add column code  text,
  add column args  jsonb;
alter table insight.import_error alter column reason drop not null;

alter table insight.import_run
  add column message_field text,
  add column message_code  text,
  add column message_args  jsonb;
