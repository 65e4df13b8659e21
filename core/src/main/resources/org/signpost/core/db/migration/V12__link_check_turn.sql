-- When the last scheduled link check started, on any instance: every instance of a cluster keeps
-- the schedule, and the first to claim a turn that is due runs it, so the sites Signpost links to
-- are checked once per cluster rather than once per instance.
ALTER TABLE signpost_state ADD COLUMN link_check_started_at TIMESTAMP WITH TIME ZONE;
