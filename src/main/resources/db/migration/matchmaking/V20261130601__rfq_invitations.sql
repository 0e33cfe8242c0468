-- Suppliers a buyer invited to quote on its RFQ. With the buyer and the suppliers that quoted, they are the RFQ's
-- parties: the only companies (besides ADMIN) that may read its attachments.
create table matchmaking.rfq_invitation (
  rfq_id      bigint not null references matchmaking.rfq (id),
  company_id  bigint not null references matchmaking.company (id),
  invited_at  timestamptz not null default now(),
  primary key (rfq_id, company_id)
);
create index rfq_invitation_company_idx on matchmaking.rfq_invitation (company_id);
