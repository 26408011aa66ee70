// v5: the search indexes merge their segments only when the background indexer asks. FTS5 by
// default merges inside whichever write fills a level (automerge) and, when a level holds
// crisismerge segments, merges it whole at once: work proportional to the index, landing in one
// indexer slice as a stall of hundreds of milliseconds at 100,000 rows. With automerge off the
// indexer does the merging itself in small steps within each slice's time budget
// (search-index.ts). crisismerge stays as the safety valve should those steps ever fall behind,
// raised so it does not fire in normal work.
export default `
insert into cases_fts (cases_fts, rank) values ('automerge', 0);
insert into cases_fts (cases_fts, rank) values ('crisismerge', 64);
insert into cases_grams (cases_grams, rank) values ('automerge', 0);
insert into cases_grams (cases_grams, rank) values ('crisismerge', 64);
`;
