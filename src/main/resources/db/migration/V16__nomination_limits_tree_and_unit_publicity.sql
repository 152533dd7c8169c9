-- A nomination limit counts the unit's own nominations (UNIT_ALONE) or also those of every unit below it
-- (WITH_UNITS_BELOW: seed 003's 县区 quota covers its 乡镇 and 县直单位).
alter table nomination_limit add column reach text not null default 'UNIT_ALONE';

-- The 公示 a nominating unit runs before it recommends (seed 003: "推荐名单和项目在县区主要媒体或单位公示
-- 不少于3个工作日"): whether the campaign asks for it and its fewest working days; on the nomination, when it started and
-- where it was published. Its proof is a nomination_file of purpose UNIT_PUBLICITY_PROOF.
alter table campaign add column unit_publicity_required boolean not null default false;
alter table campaign add column unit_publicity_working_days int not null default 0;
alter table nomination add column unit_publicity_starts_on date;
alter table nomination add column unit_publicity_place text;
