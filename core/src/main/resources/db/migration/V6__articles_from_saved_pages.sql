-- Articles imported from a saved page (an uploaded .html file): the archive then has no address it was
-- fetched from, but the name of the file it came in.
alter table article_archive alter column final_url drop not null;
alter table article_archive add column file_name varchar(255);
