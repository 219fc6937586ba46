-- Speakers as entities: what kind of source a claim's speaker is (person, organisation, outlet,
-- anonymous) and the role or title the article gives them; the language an article is written in.
alter table claim add column speaker_kind varchar(16);
alter table claim add column speaker_role varchar(300);
alter table claim add constraint claim_speaker_kind_known
    check (speaker_kind is null or speaker_kind in ('person', 'organisation', 'outlet', 'anonymous'));
alter table article add column language varchar(16);
