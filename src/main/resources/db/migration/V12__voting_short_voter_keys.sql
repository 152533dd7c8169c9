-- Voter keys are the first 16 bytes of their HMAC: a stored 32-byte key keeps its first half, which is
-- the key the same voter now gets. Tokens issued with long keys no longer verify: those voters verify
-- again. SMS codes live five minutes and are simply dropped.
update vote set voter_key = substring(voter_key from 1 for 16) where length(voter_key) > 16;
delete from voter_sms_code;
