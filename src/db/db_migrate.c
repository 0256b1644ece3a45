/* The schema, one migration per version, applied in order inside one
 * transaction by db_migrate. A migration is never edited once released:
 * change the schema by adding the next one. Every form's table carries the
 * same bookkeeping columns, which the generic record layer relies on. */
#include "config.h"
#include "db/db_internal.h"

const char *const db_migrations[] = {
	db_migration_1,
	db_migration_2,
	db_migration_3,

	/* 4: lockout after wrong passwords, the log of logins, the audit chain.
	 * Audit rows written before this have no hash; check accepts them only
	 * as the chain's beginning. */
	"ALTER TABLE users ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE users ADD COLUMN locked_until TEXT;"

	"CREATE TABLE logins ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  user TEXT NOT NULL,"
	"  event TEXT NOT NULL CHECK (event IN ('login','failed','locked','refused')),"
	"  detail TEXT"
	");"
	"CREATE INDEX logins_user ON logins (user, id);"
	"CREATE TRIGGER logins_no_update BEFORE UPDATE ON logins"
	"  BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;"
	"CREATE TRIGGER logins_no_delete BEFORE DELETE ON logins"
	"  BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;"

	"ALTER TABLE audit ADD COLUMN hash TEXT;"
	"INSERT INTO settings (key, value)"
	"  SELECT 'audit_chain_from', coalesce(max(id), 0) + 1 FROM audit;",

	/* 5: implants (植入), kept for ever: every unit to its hospital and patient */
	"CREATE TABLE implants ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  sale INTEGER REFERENCES sales (id),"
	"  product INTEGER NOT NULL REFERENCES products (id),"
	"  batch TEXT,"
	"  serial TEXT,"
	"  hospital INTEGER NOT NULL REFERENCES customers (id),"
	"  patient TEXT NOT NULL,"
	"  patient_id TEXT,"
	"  use_date TEXT NOT NULL,"
	"  surgeon TEXT,"
	"  remarks TEXT,"
	"  CHECK (batch IS NOT NULL OR serial IS NOT NULL)"
	");"
	"CREATE INDEX implants_sale ON implants (sale);"
	"CREATE INDEX implants_batch ON implants (batch);"
	"CREATE INDEX implants_serial ON implants (serial);"
	"CREATE INDEX implants_hospital ON implants (hospital, use_date);"
	"CREATE INDEX implants_date ON implants (use_date, id);"
	"CREATE TRIGGER implants_no_delete BEFORE DELETE ON implants"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 6: recall campaigns (召回) and each buyer told */
	"CREATE TABLE recalls ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  product INTEGER NOT NULL REFERENCES products (id),"
	"  batch TEXT,"
	"  serial TEXT,"
	"  class TEXT NOT NULL CHECK (class IN ('I','II','III')),"
	"  reason TEXT NOT NULL,"
	"  opened TEXT NOT NULL,"
	"  status TEXT NOT NULL CHECK (status IN ('open','closed')),"
	"  closed TEXT,"
	"  close_reason TEXT,"
	"  CHECK (batch IS NOT NULL OR serial IS NOT NULL)"
	");"
	"CREATE INDEX recalls_product ON recalls (product, status);"
	"CREATE INDEX recalls_opened ON recalls (opened, id);"
	"CREATE TRIGGER recalls_no_delete BEFORE DELETE ON recalls"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;"

	"CREATE TABLE recall_recipients ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  recall INTEGER NOT NULL REFERENCES recalls (id),"
	"  customer INTEGER NOT NULL REFERENCES customers (id),"
	"  qty_sold INTEGER NOT NULL CHECK (qty_sold >= 0),"
	"  notified_at TEXT,"
	"  how TEXT CHECK (how IN ('phone','letter','visit')),"
	"  notified_by TEXT,"
	"  note TEXT,"
	"  reply TEXT,"
	"  qty_returned INTEGER CHECK (qty_returned >= 0)"
	");"
	"CREATE UNIQUE INDEX recall_recipients_one ON recall_recipients (recall, customer);"
	"CREATE INDEX recall_recipients_customer ON recall_recipients (customer);"
	"CREATE TRIGGER recall_recipients_no_delete BEFORE DELETE ON recall_recipients"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 7: the sale-date index without its explicit id: every index ends in
	 * the rowid, and keyset pages seek on (sale_date, rowid) this way */
	"DROP INDEX sales_date;"
	"CREATE INDEX sales_date ON sales (sale_date);",

	/* 8: access tokens for scripts and cron, kept as a hash; revoked,
	 * never deleted */
	"CREATE TABLE tokens ("
	"  id INTEGER PRIMARY KEY,"
	"  user TEXT NOT NULL REFERENCES users (name),"
	"  label TEXT NOT NULL,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  created_at TEXT NOT NULL,"
	"  created_by TEXT NOT NULL,"
	"  expires TEXT NOT NULL,"
	"  revoked_at TEXT,"
	"  revoked_by TEXT,"
	"  revoke_reason TEXT,"
	"  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))"
	");"
	"CREATE INDEX tokens_user ON tokens (user, id);"
	"CREATE TRIGGER tokens_no_delete BEFORE DELETE ON tokens"
	"  BEGIN SELECT RAISE(ABORT, 'tokens are revoked, never deleted'); END;",

	/* 9: a trigram index over the sales lines' searched text (the form's
	 * F_SEARCH text fields, in order), so a list search for a rare term
	 * need not read the whole table (db_list.c). External content: the
	 * text stays in sales once; the triggers keep the index in step (lines
	 * are never deleted) and skip edits that leave the text alone, such
	 * as a void. */
	"CREATE VIRTUAL TABLE sales_search USING fts5("
	"  spec, batch, serial, remarks,"
	"  content='sales', content_rowid='id', tokenize='trigram');"
	"CREATE TRIGGER sales_search_insert AFTER INSERT ON sales BEGIN"
	"  INSERT INTO sales_search (rowid, spec, batch, serial, remarks)"
	"  VALUES (new.id, new.spec, new.batch, new.serial, new.remarks);"
	"END;"
	"CREATE TRIGGER sales_search_update AFTER UPDATE OF id, spec, batch, serial, remarks"
	"  ON sales WHEN old.id IS NOT new.id OR old.spec IS NOT new.spec"
	"  OR old.batch IS NOT new.batch OR old.serial IS NOT new.serial"
	"  OR old.remarks IS NOT new.remarks BEGIN"
	"  INSERT INTO sales_search (sales_search, rowid, spec, batch, serial, remarks)"
	"  VALUES ('delete', old.id, old.spec, old.batch, old.serial, old.remarks);"
	"  INSERT INTO sales_search (rowid, spec, batch, serial, remarks)"
	"  VALUES (new.id, new.spec, new.batch, new.serial, new.remarks);"
	"END;"
	"INSERT INTO sales_search (sales_search) VALUES ('rebuild');",

	/* 10: the office's additions to China's working calendar (forms/
	 * holidays.c); the years shipped with the program are in code. */
	"CREATE TABLE holidays ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  day TEXT NOT NULL UNIQUE,"
	"  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),"
	"  notice TEXT NOT NULL,"
	"  remarks TEXT"
	");"
	"CREATE TRIGGER holidays_no_delete BEFORE DELETE ON holidays"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 11: the office's id, random, made once (at init, or on upgrade):
	 * backups carry it, so a restore can tell another office's file */
	"INSERT OR IGNORE INTO settings (key, value)"
	"  VALUES ('office_id', lower(hex(randomblob(16))));",
	/* 12 (issue 14), sales lines an inspector can trust.
	 * Batch and serial numbers compared as people mean them: beside each,
	 * its key (text_key: case, surrounding spaces and full-width forms
	 * ignored), written with the record; the lookups' indexes move to the
	 * keys. gsp_key is text_key, registered by db_open.
	 * Facts frozen on each sales line on the day it is saved (product name,
	 * manufacturer, registration no., unit; the buyer's name, address,
	 * contact, phone, licence no.). The lines already there cannot know
	 * their day's facts: they are filled from the master data as it stands
	 * on the day of this upgrade, and each gets an audit row saying so
	 * (written by db_migrate from the temporary table migrate_audit, since
	 * the audit chain's hashes are computed in C). */
	"ALTER TABLE sales ADD COLUMN batch_key TEXT;"
	"ALTER TABLE sales ADD COLUMN serial_key TEXT;"
	"UPDATE sales SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"DROP INDEX sales_batch;"
	"DROP INDEX sales_serial;"
	"DROP INDEX sales_product;"
	"CREATE INDEX sales_batch ON sales (batch_key);"
	"CREATE INDEX sales_serial ON sales (serial_key);"
	"CREATE INDEX sales_product ON sales (product, batch_key);"
	"ALTER TABLE implants ADD COLUMN batch_key TEXT;"
	"ALTER TABLE implants ADD COLUMN serial_key TEXT;"
	"UPDATE implants SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"DROP INDEX implants_batch;"
	"DROP INDEX implants_serial;"
	"CREATE INDEX implants_batch ON implants (batch_key);"
	"CREATE INDEX implants_serial ON implants (serial_key);"
	"ALTER TABLE recalls ADD COLUMN batch_key TEXT;"
	"ALTER TABLE recalls ADD COLUMN serial_key TEXT;"
	"UPDATE recalls SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"ALTER TABLE service ADD COLUMN serial_key TEXT;"
	"UPDATE service SET serial_key = gsp_key(serial);"
	"DROP INDEX service_serial;"
	"CREATE INDEX service_serial ON service (serial_key, kind);"
	"ALTER TABLE sales ADD COLUMN product_name TEXT;"
	"ALTER TABLE sales ADD COLUMN manufacturer TEXT;"
	"ALTER TABLE sales ADD COLUMN reg_no TEXT;"
	"ALTER TABLE sales ADD COLUMN unit TEXT;"
	"ALTER TABLE sales ADD COLUMN buyer_name TEXT;"
	"ALTER TABLE sales ADD COLUMN buyer_address TEXT;"
	"ALTER TABLE sales ADD COLUMN buyer_contact TEXT;"
	"ALTER TABLE sales ADD COLUMN buyer_phone TEXT;"
	"ALTER TABLE sales ADD COLUMN buyer_licence TEXT;"
	"UPDATE sales SET (product_name, manufacturer, reg_no, unit) ="
	"  (SELECT name, manufacturer, reg_no, unit FROM products p WHERE p.id = sales.product);"
	"UPDATE sales SET (buyer_name, buyer_address, buyer_contact, buyer_phone, buyer_licence) ="
	"  (SELECT name, address, contact, phone, licence_no FROM customers c"
	"   WHERE c.id = sales.customer);"
	"CREATE TEMP TABLE migrate_audit (form TEXT NOT NULL, record_id INTEGER NOT NULL,"
	"  changes TEXT NOT NULL, reason TEXT NOT NULL);"
	"INSERT INTO temp.migrate_audit SELECT 'sales', id, json_object("
	"  'product_name', json_array(NULL, product_name), 'manufacturer', json_array(NULL, manufacturer),"
	"  'reg_no', json_array(NULL, reg_no), 'unit', json_array(NULL, unit),"
	"  'buyer_name', json_array(NULL, buyer_name), 'buyer_address', json_array(NULL, buyer_address),"
	"  'buyer_contact', json_array(NULL, buyer_contact), 'buyer_phone', json_array(NULL, buyer_phone),"
	"  'buyer_licence', json_array(NULL, buyer_licence)),"
	"  'upgrade: the facts of the day of sale, not recorded before, taken from the master data of the day of the upgrade'"
	"  FROM sales ORDER BY id;"
	/* when a recall's buyer sent the last units back (recall return --at) */
	"ALTER TABLE recall_recipients ADD COLUMN returned_at TEXT;",

	/* 13: the list screens count their rows (the total, the highlighted
	 * row's place): the live sales lines in date order from the index
	 * alone, not the table (at 1M lines the place of a row costs half) */
	"CREATE INDEX sales_live_date ON sales (voided, sale_date);",

	/* 14 (issue 19): the office's own 助记码 of products and customers
	 * (empty: a search matches the name's pinyin initials, db_list.c); a
	 * product's UDI-DI (GTIN), what a scanned code's (01) finds it by. */
	"ALTER TABLE products ADD COLUMN mnemonic TEXT;"
	"ALTER TABLE customers ADD COLUMN mnemonic TEXT;"
	"ALTER TABLE products ADD COLUMN udi_di TEXT;"
	"CREATE UNIQUE INDEX products_udi_di ON products (udi_di);",

	/* 15 (issue 15): whether a quality visit found a problem is a yes or
	 * no of its own; a training attendee is a person at a customer (or,
	 * without one, of the office); the office's staff register; a return's
	 * supplier contact and answer, an exchange's replacement; an event's
	 * notices to purchasing and the engineer; a service ticket's
	 * acceptance checklist, handover, signatory, feedback, parts and
	 * cost. The older rows are filled, each with an upgrade audit row
	 * through temp.migrate_audit (as in 12): the flag from the text (yes
	 * unless it is empty or says none), an operator of a customer
	 * session's customer. */
	"ALTER TABLE quality ADD COLUMN problems_found INTEGER"
	"  CHECK (problems_found IN (0, 1));"
	"ALTER TABLE attendees ADD COLUMN customer INTEGER REFERENCES customers (id);"
	"CREATE INDEX attendees_person ON attendees (name, customer, unit);"
	"ALTER TABLE returns ADD COLUMN supplier_contact TEXT;"
	"ALTER TABLE returns ADD COLUMN supplier_outcome TEXT;"
	"ALTER TABLE returns ADD COLUMN replacement_serial TEXT;"
	"ALTER TABLE returns ADD COLUMN replacement_batch TEXT;"
	"ALTER TABLE events ADD COLUMN purchasing_notified_at TEXT;"
	"ALTER TABLE events ADD COLUMN engineer_notified_at TEXT;"
	"ALTER TABLE service ADD COLUMN checklist TEXT;"
	"ALTER TABLE service ADD COLUMN handed_over TEXT;"
	"ALTER TABLE service ADD COLUMN customer_signatory TEXT;"
	"ALTER TABLE service ADD COLUMN feedback TEXT;"
	"ALTER TABLE service ADD COLUMN parts_used TEXT;"
	"ALTER TABLE service ADD COLUMN cost INTEGER CHECK (cost >= 0);"
	"UPDATE quality SET problems_found = lower(trim(ifnull(problems, ''))) NOT IN"
	"  ('', '无', '没有', '无问题', '未发现', '未发现问题', '无异常', '正常',"
	"   'none', 'no', 'n/a', '-', '/', '—');"
	"UPDATE attendees SET customer = (SELECT t.customer FROM training t"
	"  WHERE t.id = attendees.session AND t.kind = 'customer');"
	"CREATE TEMP TABLE IF NOT EXISTS migrate_audit (form TEXT NOT NULL,"
	"  record_id INTEGER NOT NULL, changes TEXT NOT NULL, reason TEXT NOT NULL);"
	"INSERT INTO temp.migrate_audit SELECT 'quality', id,"
	"  json_object('problems_found', json_array(NULL, CAST(problems_found AS TEXT))),"
	"  'upgrade: problems found set from the problems text' FROM quality ORDER BY id;"
	"INSERT INTO temp.migrate_audit SELECT 'attendees', id,"
	"  json_object('customer', json_array(NULL, CAST(customer AS TEXT))),"
	"  'upgrade: the customer of the operator training session'"
	"  FROM attendees WHERE customer IS NOT NULL ORDER BY id;"
	"CREATE TABLE staff ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  name TEXT NOT NULL,"
	"  department TEXT,"
	"  role TEXT,"
	"  start_date TEXT,"
	"  active INTEGER NOT NULL CHECK (active IN (0,1))"
	");"
	"CREATE INDEX staff_name ON staff (name, department);"
	"CREATE TRIGGER staff_no_delete BEFORE DELETE ON staff"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 16 (issue 14): the batch and serial numbers of complaints, quality
	 * visits, adverse events and an exchange's replacement get their keys
	 * too (as the sales' in 12), so a list by batch or serial finds them
	 * however the number was typed. */
	"ALTER TABLE complaints ADD COLUMN batch_key TEXT;"
	"ALTER TABLE complaints ADD COLUMN serial_key TEXT;"
	"UPDATE complaints SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"CREATE INDEX complaints_batch ON complaints (batch_key);"
	"CREATE INDEX complaints_serial ON complaints (serial_key);"
	"ALTER TABLE quality ADD COLUMN batch_key TEXT;"
	"ALTER TABLE quality ADD COLUMN serial_key TEXT;"
	"UPDATE quality SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"CREATE INDEX quality_batch ON quality (batch_key);"
	"CREATE INDEX quality_serial ON quality (serial_key);"
	"ALTER TABLE events ADD COLUMN batch_key TEXT;"
	"ALTER TABLE events ADD COLUMN serial_key TEXT;"
	"UPDATE events SET batch_key = gsp_key(batch), serial_key = gsp_key(serial);"
	"CREATE INDEX events_batch ON events (batch_key);"
	"CREATE INDEX events_serial ON events (serial_key);"
	"ALTER TABLE returns ADD COLUMN replacement_batch_key TEXT;"
	"ALTER TABLE returns ADD COLUMN replacement_serial_key TEXT;"
	"UPDATE returns SET replacement_batch_key = gsp_key(replacement_batch),"
	"  replacement_serial_key = gsp_key(replacement_serial);"
	"CREATE INDEX returns_replacement_batch ON returns (replacement_batch_key);"
	"CREATE INDEX returns_replacement_serial ON returns (replacement_serial_key);",

	/* due (issue 17): a product re-sterilisable or not (off, as for the
	 * single-use goods most sterile products are, until the office says
	 * so); the rows of the due list handled, with their note; the live
	 * lines' expiry and the open complaints indexed, so the due list
	 * reads only its window (bench/README.md). */
	"ALTER TABLE products ADD COLUMN resterilisable INTEGER CHECK (resterilisable IN (0,1));"
	"CREATE INDEX sales_live_expiry ON sales (expiry, product, customer, batch_key, serial_key,"
	"  qty, sale_date) WHERE voided = 0;"
	"CREATE INDEX complaints_open ON complaints (received_at) WHERE voided = 0 AND status <> 'closed';"
	/* the implant lines by product with their date and quantity, and
	 * their records by line, or by batch or serial when they name none */
	"CREATE INDEX sales_live_product ON sales (product, sale_date, qty) WHERE voided = 0;"
	"CREATE INDEX implants_live_sale ON implants (sale) WHERE voided = 0;"
	"CREATE INDEX implants_loose_batch ON implants (batch_key, product, hospital)"
	"  WHERE voided = 0 AND sale IS NULL;"
	"CREATE INDEX implants_loose_serial ON implants (serial_key, product, hospital)"
	"  WHERE voided = 0 AND sale IS NULL;"
	"CREATE TABLE due_handled ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  kind TEXT NOT NULL,"
	"  row_key TEXT NOT NULL,"
	"  facts TEXT,"
	"  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'not_needed', 'declined')),"
	"  note TEXT NOT NULL"
	");"
	"CREATE INDEX due_handled_key ON due_handled (kind, row_key);"
	"CREATE TRIGGER due_handled_no_delete BEFORE DELETE ON due_handled"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 18 (issue 23): GSP's other half. Suppliers with their licences and
	 * scope; a product's qualification (首营品种) and a customer's licence
	 * expiry; receiving inspection records (进货查验记录) with their lines,
	 * from which stock by batch is derived (db_stock.c). */
	"ALTER TABLE products ADD COLUMN cert_expiry TEXT;"
	"ALTER TABLE products ADD COLUMN registrant TEXT;"
	"ALTER TABLE products ADD COLUMN mfr_licence TEXT;"
	"ALTER TABLE products ADD COLUMN storage TEXT;"
	"ALTER TABLE products ADD COLUMN approved_on TEXT;"
	"ALTER TABLE products ADD COLUMN approved_by TEXT;"
	"ALTER TABLE customers ADD COLUMN licence_expiry TEXT;"
	"ALTER TABLE customers ADD COLUMN licence_scope TEXT;"
	"CREATE TABLE suppliers ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  code TEXT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  licence_no TEXT,"
	"  licence_expiry TEXT,"
	"  business_licence TEXT,"
	"  scope TEXT,"
	"  class_i INTEGER CHECK (class_i IN (0,1)),"
	"  class_ii INTEGER CHECK (class_ii IN (0,1)),"
	"  class_iii INTEGER CHECK (class_iii IN (0,1)),"
	"  contact TEXT,"
	"  phone TEXT,"
	"  approved_on TEXT,"
	"  approved_by TEXT,"
	"  status TEXT NOT NULL"
	");"
	"CREATE UNIQUE INDEX suppliers_code ON suppliers (code);"
	"CREATE TRIGGER suppliers_no_delete BEFORE DELETE ON suppliers"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;"
	"CREATE TABLE receipts ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  date TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  supplier INTEGER REFERENCES suppliers (id),"
	"  invoice_no TEXT,"
	"  remarks TEXT"
	");"
	"CREATE INDEX receipts_date ON receipts (date);"
	"CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;"
	"CREATE TABLE receipt_lines ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  receipt INTEGER NOT NULL REFERENCES receipts (id),"
	"  product INTEGER NOT NULL REFERENCES products (id),"
	"  spec TEXT,"
	"  qty INTEGER NOT NULL CHECK (qty > 0),"
	"  batch TEXT, batch_key TEXT,"
	"  serial TEXT, serial_key TEXT,"
	"  made TEXT,"
	"  expiry TEXT,"
	"  storage_ok INTEGER NOT NULL CHECK (storage_ok IN (0,1)),"
	"  conclusion TEXT NOT NULL,"
	"  reject_reason TEXT,"
	"  inspector TEXT,"
	"  product_name TEXT,"
	"  reg_no TEXT"
	");"
	"CREATE INDEX receipt_lines_receipt ON receipt_lines (receipt);"
	/* a trace by batch alone, and stock by product (as sales' indexes) */
	"CREATE INDEX receipt_lines_batch ON receipt_lines (batch_key);"
	"CREATE INDEX receipt_lines_product ON receipt_lines (product, batch_key);"
	"CREATE INDEX receipt_lines_serial ON receipt_lines (serial_key);"
	"CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 19 (issue 21): the actions decided after a year's satisfaction
	 * survey (forms/survey_actions.c), printed in its roll-up */
	"CREATE TABLE survey_actions ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0,1)),"
	"  void_reason TEXT,"
	"  created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
	"  updated_at TEXT, updated_by TEXT,"
	"  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
	"  item INTEGER REFERENCES survey_items (id),"
	"  finding TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  owner TEXT NOT NULL,"
	"  due_date TEXT NOT NULL,"
	"  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),"
	"  done_date TEXT"
	");"
	"CREATE INDEX survey_actions_year ON survey_actions (year, item);"
	"CREATE TRIGGER survey_actions_no_delete BEFORE DELETE ON survey_actions"
	"  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;",

	/* 20 (issue 18): the order each user chose for each list (a form's
	 * name; field NULL: the form's own order). A user's choice, not a
	 * record of the office: replaced in place, never audited. And the
	 * login log takes a logout (the full-screen program's switch of
	 * user): SQLite changes a CHECK only by making the table anew, its
	 * rows copied as they are. */
	"CREATE TABLE list_sorts ("
	"  user INTEGER NOT NULL REFERENCES users (id),"
	"  list TEXT NOT NULL,"
	"  field TEXT,"
	"  descending INTEGER NOT NULL DEFAULT 0 CHECK (descending IN (0,1)),"
	"  PRIMARY KEY (user, list)"
	") WITHOUT ROWID;"
	"ALTER TABLE logins RENAME TO logins_before;"
	"CREATE TABLE logins ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  user TEXT NOT NULL,"
	"  event TEXT NOT NULL CHECK (event IN ('login','failed','locked','refused','logout')),"
	"  detail TEXT"
	");"
	"INSERT INTO logins (id, at, user, event, detail)"
	"  SELECT id, at, user, event, detail FROM logins_before;"
	"DROP TABLE logins_before;"
	"CREATE INDEX logins_user ON logins (user, id);"
	"CREATE TRIGGER logins_no_update BEFORE UPDATE ON logins"
	"  BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;"
	"CREATE TRIGGER logins_no_delete BEFORE DELETE ON logins"
	"  BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;",

	/* 21 (issue 23): a receipt keeps the supplier's name and each line
	 * the product's manufacturer of the day received, as a sales line
	 * keeps its day's facts: the 进货查验记录 printed years later reads
	 * what the inspector saw, not a renamed supplier or a new maker */
	"ALTER TABLE receipts ADD COLUMN supplier_name TEXT;"
	"ALTER TABLE receipt_lines ADD COLUMN manufacturer TEXT;"
	"UPDATE receipts SET supplier_name ="
	"  (SELECT name FROM suppliers s WHERE s.id = receipts.supplier);"
	"UPDATE receipt_lines SET manufacturer ="
	"  (SELECT manufacturer FROM products p WHERE p.id = receipt_lines.product);"
	"CREATE TEMP TABLE IF NOT EXISTS migrate_audit (form TEXT NOT NULL,"
	"  record_id INTEGER NOT NULL, changes TEXT NOT NULL, reason TEXT NOT NULL);"
	"INSERT INTO temp.migrate_audit SELECT 'receipts', id,"
	"  json_object('supplier_name', json_array(NULL, supplier_name)),"
	"  'upgrade: the name of the supplier on the day received, not recorded before, taken from the master data of the day of the upgrade'"
	"  FROM receipts WHERE supplier_name IS NOT NULL ORDER BY id;"
	"INSERT INTO temp.migrate_audit SELECT 'receipt_lines', id,"
	"  json_object('manufacturer', json_array(NULL, manufacturer)),"
	"  'upgrade: the manufacturer of the day received, not recorded before, taken from the master data of the day of the upgrade'"
	"  FROM receipt_lines WHERE manufacturer IS NOT NULL ORDER BY id;",
};

const int db_migration_count = (int)(sizeof db_migrations / sizeof db_migrations[0]);
