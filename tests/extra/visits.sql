-- The table of tests/extra/visits.c, as its migration (src/db/db_migrate.c)
-- would make it: the bookkeeping columns every record table carries, then
-- one column per field, and records voided, never deleted.
CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),
  void_reason TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  updated_at TEXT, updated_by TEXT,
  visit_date TEXT NOT NULL,
  customer INTEGER NOT NULL REFERENCES customers (id),
  minutes INTEGER,
  note TEXT
);
CREATE INDEX visits_customer ON visits (customer, visit_date);
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;
