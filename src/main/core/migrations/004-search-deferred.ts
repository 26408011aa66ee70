// v4: the search indexes leave the write path. A write to the view only marks its row in
// search_dirty; the search indexer (search-index.ts) brings both FTS5 indexes up to date in small
// batches when the workstation is idle, and search scans the marked rows directly until then.
// A marked row remembers what the indexes hold for it: the external-content trigram table can only
// drop a row when given the exact values it indexed, which the view row may no longer have.
// `insert or ignore` keeps the first mark, so it always describes the indexed state, however many
// writes follow before the indexer runs.
export default `
create table search_dirty (
  case_rowid integer primary key,
  -- 1: the indexes hold this row with the title, description and address below; 0: they hold nothing for it.
  indexed integer not null,
  title text, description text, address text);

drop trigger cases_search_insert;
drop trigger cases_search_delete;
drop trigger cases_search_update;
create trigger cases_search_insert after insert on cases begin
  insert or ignore into search_dirty (case_rowid, indexed) values (new.rowid, 0);
end;
create trigger cases_search_delete after delete on cases begin
  insert or ignore into search_dirty (case_rowid, indexed, title, description, address) values (old.rowid, 1, old.title, old.description, old.address);
end;
create trigger cases_search_update after update of data on cases
  when old.title is not new.title or old.description is not new.description or old.address is not new.address begin
  insert or ignore into search_dirty (case_rowid, indexed, title, description, address) values (old.rowid, 1, old.title, old.description, old.address);
end;
`;
