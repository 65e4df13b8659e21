-- Wrong passwords no longer lock an account (anyone could lock another person out): sign-in is
-- slowed down per client and per login instead, in memory, so the counts and lock times go.
ALTER TABLE account DROP COLUMN failed_attempts;
ALTER TABLE account DROP COLUMN locked_until;
-- A password that Signpost generated (the first administrator's, shown once in the log) must be
-- replaced at the first sign-in: until then it opens nothing but the page that replaces it.
ALTER TABLE account ADD COLUMN password_must_change BOOLEAN DEFAULT FALSE NOT NULL;
