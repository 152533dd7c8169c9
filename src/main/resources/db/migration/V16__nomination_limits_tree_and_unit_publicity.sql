-- A nomination limit counts the unit's own nominations (UNIT_ALONE) or also those of every unit below it
-- (WITH_UNITS_BELOW: seed 003's 县区 quota covers its 乡镇 and 县直单位).
alter table nomination_limit add column reach text not null default 'UNIT_ALONE';
