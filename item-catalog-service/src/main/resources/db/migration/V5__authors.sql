-- The four-eyes rule (issue 11): who wrote or submitted each item version (a JSON list of actor ids) and who drafted
-- each bundle, so the reviewer can be refused their own work. Rows from before have no authors recorded (NULL).
ALTER TABLE item_version
    ADD COLUMN authors LONGTEXT NULL;

ALTER TABLE bundle
    ADD COLUMN drafted_by VARCHAR(64) NULL;
