CREATE TABLE second_table (code TEXT NOT NULL CHECK (code NOT GLOB '*[^a-z]*'));
