-- One unique key instead of three. A voter's votes of a day are numbered (seq, from 0) and a node claims
-- the next number only after judging the vote against every vote numbered before it (VoterDay, VoteIntake):
-- a stale node claims a number already taken, is refused on this key and judges again from the database.
-- So this key alone keeps the per-day, per-category and per-candidate limits across nodes, and each vote
-- costs the database one index entry instead of three. The day slots were unique already.
alter table vote drop constraint vote_pkey;
drop index vote_category_slot_key;
drop index vote_day_slot_key;
alter table vote drop column candidate_slot, drop column category_slot;
alter table vote rename column day_slot to seq;
alter table vote add primary key (campaign_id, voter_key, vote_day, seq);
