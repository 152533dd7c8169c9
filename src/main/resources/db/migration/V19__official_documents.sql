-- eligibility rules judged from the answers may take a year (seed 003: 实事 completed in 2021)
alter table eligibility_rule add column year int;

-- who a campaign's 公文 are issued by (发文机关, 主送, the 公示's 发文字号), the 公示's contact for objections, and the
-- seal (PNG) printed over the 成文日期
create table campaign_issuer (
    campaign_id       bigint primary key references campaign (id),
    issuing_body      text,
    recipients        text,
    publicity_number  text,
    objection_phone   text,
    objection_address text,
    objection_method  text,
    seal              bytea
);
