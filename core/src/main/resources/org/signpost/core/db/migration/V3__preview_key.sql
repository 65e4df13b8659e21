-- The secret that signs short-lived preview links to drafts; made on first use.
ALTER TABLE signpost_state ADD COLUMN preview_key VARCHAR(64);
