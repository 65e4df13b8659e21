-- Nothing reaches readers without a second person: who changed a topic since it was last published
-- (they may not approve it), and the revision that holds changes to a published topic while readers
-- keep seeing the approved version.
ALTER TABLE topic ADD COLUMN changed_by VARCHAR(2000);
ALTER TABLE topic ADD COLUMN pending_revision INTEGER;
-- The same for resources; a resource a curator adds is not approved until someone else approves it.
ALTER TABLE resource ADD COLUMN changed_by VARCHAR(2000);
ALTER TABLE resource ADD COLUMN pending_revision INTEGER;
ALTER TABLE resource ADD COLUMN approved BOOLEAN DEFAULT TRUE NOT NULL;
