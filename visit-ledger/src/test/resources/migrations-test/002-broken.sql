CREATE TABLE second_table (code TEXT);
INSERT INTO no_such_table VALUES (1);
