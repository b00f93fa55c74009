-- The English name of the unit an indicator is counted in, for the English pages (issue 14,
-- point 6; ADR 0031). Optional like name_en: English falls back to the Vietnamese where none was
-- entered. The shared catalogue's units get theirs here, and so do the names of shared entries
-- that had none.
alter table catalog_indicator add column unit_en varchar(60);

update catalog_indicator set unit_en = v.unit_en
from (values
    ('NEWS_POSTED', 'news items'),
    ('VIDEO_CLIPS', 'productions'),
    ('CONFERENCES', 'conferences'),
    ('PARTICIPANTS', 'attendances'),
    ('TRAININGS', 'courses'),
    ('DOCUMENTS_ISSUED', 'documents'),
    ('PROCEDURES_LISTED', 'procedures'),
    ('CONTESTS', 'contests'),
    ('PUBLICATIONS', 'copies'),
    ('POSTERS', 'pieces')
) as v (code, unit_en)
where catalog_indicator.owner_node_id is null and catalog_indicator.code = v.code;
