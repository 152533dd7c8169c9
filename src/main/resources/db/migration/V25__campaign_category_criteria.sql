-- a category's 评选标准 as its plan words them, shown to clerks, judges and the public
alter table category add column criteria text;
