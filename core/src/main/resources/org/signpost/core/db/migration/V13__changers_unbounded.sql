-- Who changed a topic or resource since it was last approved may not approve it, so none of them
-- may be forgotten: 2,000 characters held about 33 logins. This holds some 1,600, and a change that
-- would not fit is refused rather than stored without its author.
ALTER TABLE topic ALTER COLUMN changed_by SET DATA TYPE VARCHAR(100000);
ALTER TABLE resource ALTER COLUMN changed_by SET DATA TYPE VARCHAR(100000);
