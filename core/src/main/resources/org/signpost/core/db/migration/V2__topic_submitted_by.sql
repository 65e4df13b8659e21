-- Who sent a topic for review, so that someone else approves it (the second pair of eyes).
ALTER TABLE topic ADD COLUMN submitted_by VARCHAR(60);
