-- Feedback keeps only the page's path: a query string or fragment stored before may carry what
-- identifies a reader (an address, a phone number), so it goes.
UPDATE feedback SET page = split_part(page, '?', 1) WHERE strpos(page, '?') > 1;
UPDATE feedback SET page = split_part(page, '#', 1) WHERE strpos(page, '#') > 1;
