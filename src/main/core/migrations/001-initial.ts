// v1: the replica (server state and the optimistic view over it) and the outbox.
export default `
create table meta (key text primary key, value text not null);
-- Confirmed server state, exactly as the server last sent it.
create table cases_server (id text primary key, version integer not null, data text not null);
-- What the operator sees: server state with pending mutations replayed on top.
create table cases (
  id text primary key, code text, state text not null, reported_at text not null,
  pending integer not null default 0, data text not null);
create index cases_reported_at on cases (reported_at desc);
-- Accepted work not yet acknowledged by the server, in the order it was done.
create table outbox (
  seq integer primary key, id text not null unique, case_id text not null, name text not null,
  args text not null, at text not null);
create index outbox_case on outbox (case_id);
-- Mutations the server rejected: kept with the reason and the operator's input.
create table attention (
  id text primary key, seq integer not null, case_id text not null, name text not null, args text not null,
  at text not null, reason text not null, rejected_at text not null);
`;
