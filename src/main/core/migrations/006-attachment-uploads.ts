// v5: attachment bytes waiting for the center. The bytes themselves live in the workstation's
// content-addressed store (attachments/<sha256>); a row here says whether they have reached the
// center. Written in the same FULL-synchronous database as the outbox: once a row is here, the
// upload is not forgotten across a crash or a restart.
export default `
create table attachment_uploads (
  sha256 text primary key,
  size integer not null,
  -- pending: stored here, to upload; uploaded: on the center; failed: the center refused it (see error).
  state text not null check (state in ('pending', 'uploaded', 'failed')),
  attempts integer not null default 0,
  next_at text not null,
  error text,
  added_at text not null,
  uploaded_at text);
create index attachment_uploads_due on attachment_uploads (state, next_at);
`;
