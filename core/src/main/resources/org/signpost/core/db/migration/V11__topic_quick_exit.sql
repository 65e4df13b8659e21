-- A topic on a sensitive subject offers readers a quick way to leave its pages for a neutral site
-- (a button, and Shift pressed three times), for a child who needs to hide what they were reading.
ALTER TABLE topic ADD COLUMN quick_exit BOOLEAN DEFAULT FALSE NOT NULL;
