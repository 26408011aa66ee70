// v2: the seat queue and full-text search over the view.
// Columns are generated from the JSON so the replica code keeps writing one
// document per case. Search has two indexes: FTS5 trigram for queries of three
// or more characters, and characters + pairs (text_grams, a function the cache
// registers) for the one- and two-character queries trigram cannot answer.
export default `
alter table cases add column title text generated always as (json_extract(data, '$.title')) virtual;
alter table cases add column description text generated always as (json_extract(data, '$.description')) virtual;
alter table cases add column address text generated always as (json_extract(data, '$.address')) virtual;
alter table cases add column seat_id text generated always as (json_extract(data, '$.seatId')) virtual;
alter table cases add column deadline_at text generated always as (json_extract(data, '$.deadlineAt')) virtual;
create index cases_seat_queue on cases (seat_id, state, deadline_at);
create index cases_code on cases (code);

create virtual table cases_fts using fts5(title, description, address, content = 'cases', content_rowid = 'rowid', tokenize = 'trigram');
create virtual table cases_grams using fts5(grams, tokenize = 'unicode61 remove_diacritics 0');

create trigger cases_search_insert after insert on cases begin
  insert into cases_fts (rowid, title, description, address) values (new.rowid, new.title, new.description, new.address);
  insert into cases_grams (rowid, grams) values (new.rowid, text_grams(new.title || ' ' || new.description || ' ' || new.address));
end;
create trigger cases_search_delete after delete on cases begin
  insert into cases_fts (cases_fts, rowid, title, description, address) values ('delete', old.rowid, old.title, old.description, old.address);
  delete from cases_grams where rowid = old.rowid;
end;
create trigger cases_search_update after update of data on cases
  when old.title is not new.title or old.description is not new.description or old.address is not new.address begin
  insert into cases_fts (cases_fts, rowid, title, description, address) values ('delete', old.rowid, old.title, old.description, old.address);
  insert into cases_fts (rowid, title, description, address) values (new.rowid, new.title, new.description, new.address);
  update cases_grams set grams = text_grams(new.title || ' ' || new.description || ' ' || new.address) where rowid = new.rowid;
end;

insert into cases_fts (cases_fts) values ('rebuild');
insert into cases_grams (rowid, grams) select rowid, text_grams(title || ' ' || description || ' ' || address) from cases;
`;
