// v3: reference data from the server (divisions, grids, people, departments,
// seats, catalog) and the case timelines last fetched, for use offline.
export default `
create table reference (kind text primary key, data text not null, fetched_at text not null);
create table case_timelines (case_id text primary key, data text not null, fetched_at text not null);
-- The dispatch queues count and list by state.
alter table cases add column supervision_count integer generated always as (json_extract(data, '$.supervisionCount')) virtual;
create index cases_state on cases (state, reported_at);
`;
