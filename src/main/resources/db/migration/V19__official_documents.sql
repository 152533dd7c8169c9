-- eligibility rules judged from the answers may take a year (seed 003: 实事 completed in 2021)
alter table eligibility_rule add column year int;
