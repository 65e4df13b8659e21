-- H2 searches resources with LIKE (see JpaResourceRepository): no stored words. This script keeps
-- the schema versions the same on both databases.
SELECT 1;
