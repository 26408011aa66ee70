// v3: reference data from the server (divisions, grids, people, departments,
// seats, catalog) and the case timelines last fetched, for use offline.
export default `
create table reference (kind text primary key, data text not null, fetched_at text not null);
create table case_timelines (case_id text primary key, data text not null, fetched_at text not null);
`;
