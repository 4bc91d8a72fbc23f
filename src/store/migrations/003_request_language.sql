-- The language a request is answered in (NULL: English), and how many times it was revised before approval.

ALTER TABLE requests ADD COLUMN language text CHECK (language IN ('en', 'it'));
ALTER TABLE requests ADD COLUMN revision integer NOT NULL DEFAULT 0;
