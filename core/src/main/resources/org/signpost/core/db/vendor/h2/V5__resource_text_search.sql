-- H2 searches resources with LIKE (see JpaResourceRepository): no index to build. This script keeps
-- the schema versions the same on both databases.
SELECT 1;
