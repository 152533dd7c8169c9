-- Named chain steps (issue 16 item 4). A step names the opinion it collects in the form's own words (部门负责人意见,
-- 县区党史学习教育领导小组推荐意见 …), may belong to one category's own chain (which replaces the campaign-wide one for
-- its unit type), may sign at a unit several levels up, may veto, and may need the 征求意见表 (seed 002 附件4) before
-- it is signed. Existing steps and the chains already resolved on nominations take their capacity's former wording,
-- and 纪检监察 keeps its veto.
create function pg_temp.capacity_title(capacity text) returns text language sql immutable as $$
    select case capacity
        when 'DEPARTMENT_HEAD' then '所在单位意见'
        when 'TOWN' then '镇街（功能区、保护区）意见'
        when 'LEADER_IN_CHARGE' then '分管领导意见'
        when 'DISCIPLINE' then '纪检监察部门意见'
        when 'PERSONNEL' then '组织人事部门意见'
        else capacity || '意见'
    end
$$;

alter table endorsement_step add column category_id bigint references category (id) on delete cascade;
alter table endorsement_step add column title text;
alter table endorsement_step add column parent_level int not null default 0;
alter table endorsement_step add column veto boolean not null default false;
alter table endorsement_step add column consultation_required boolean not null default false;
update endorsement_step
   set title = pg_temp.capacity_title(capacity),
       parent_level = case when endorser_unit = 'PARENT_UNIT' then 1 else 0 end,
       veto = (capacity = 'DISCIPLINE');
alter table endorsement_step alter column title set not null;

alter table nomination_endorsement add column title text;
update nomination_endorsement set title = pg_temp.capacity_title(capacity);
alter table nomination_endorsement alter column title set not null;

update nomination n
   set chain = (select coalesce(jsonb_agg(step || jsonb_build_object(
                        'title', pg_temp.capacity_title(step ->> 'capacity'),
                        'veto', (step ->> 'capacity') = 'DISCIPLINE',
                        'consultationRequired', false) order by position), '[]'::jsonb)
                  from jsonb_array_elements(n.chain) with ordinality as steps (step, position))
 where jsonb_array_length(n.chain) > 0;
