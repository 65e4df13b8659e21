-- Feedback keeps only the page's path: a query string or fragment stored before may carry what
-- identifies a reader (an address, a phone number), so it goes.
UPDATE feedback SET page = LEFT(page, LOCATE('?', page) - 1) WHERE LOCATE('?', page) > 1;
UPDATE feedback SET page = LEFT(page, LOCATE('#', page) - 1) WHERE LOCATE('#', page) > 1;
