#include "config.h"
#include "core/check.h"
#include "core/check_office.h"
#include "base/chain.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db_audit.h"
#include "db/db_check.h"
#include "db/db_settings.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct session *s;
	const struct chain_head *anchor; /* NULL: none given */
	void (*finding)(void *ud, const struct check_finding *f);
	void *ud;
	struct check_summary *sum;
};

static void report(struct run *run, const struct check_finding *f)
{
	run->sum->findings++;
	run->finding(run->ud, f);
}

static void report_vtext(void *ud, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
static void report_vtext(void *ud, const char *fmt, va_list ap)
{
	char text[1024];
	vsnprintf(text, sizeof text, fmt, ap);
	struct check_finding f = { .text = text };
	report(ud, &f);
}

static void report_text(struct run *run, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report_text(struct run *run, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vtext(run, fmt, ap);
	va_end(ap);
}

static int integrity_problem(void *ud, const char *text)
{
	report_text(ud, _("SQLite integrity check: %s"), text);
	return 0;
}

static int fk_problem(void *ud, const char *table, int64_t rowid, const char *parent)
{
	report_text(ud, _("Row %" PRId64 " of %s refers to a %s record that does not exist."),
	            rowid, table, parent);
	return 0;
}

/* ---- the audit chain ---- */

struct chain_state {
	struct run *run;
	int64_t from; /* rows before this id predate the chain */
	int64_t last_id;
	char prev[CHAIN_HEX];
	char prev_at[24];
	bool hashed; /* a row with a hash was seen: every later one has one */
	struct check_office *office;
	struct gerr *err;
};

/* The head kept outside the file is a row of this chain, hash and all. */
static void check_anchor(struct chain_state *c, const struct chain_row *r)
{
	const struct chain_head *a = c->run->anchor;
	if (a && r->id == a->id && (!r->hash || strcmp(r->hash, a->hash) != 0))
		report_text(c->run, _("Audit row %" PRId64 " is not the one kept outside the file (hash %.12s…, now %.12s…): the chain was rewritten from there or before."),
		            r->id, a->hash, r->hash ? r->hash : "-");
}

static int chain_row(void *ud, const struct chain_row *r)
{
	struct chain_state *c = ud;
	c->run->sum->audit_rows++;
	if (r->id != c->last_id + 1)
		report_text(c->run, _("Audit rows %" PRId64 " to %" PRId64 " are missing: someone removed them."),
		            c->last_id + 1, r->id - 1);
	check_anchor(c, r);
	if (r->at && strcmp(r->at, c->prev_at) < 0)
		report_text(c->run, _("Audit row %" PRId64 " is dated %s, before the row above it (%s): audit rows are written in time order."),
		            r->id, r->at, c->prev_at);
	snprintf(c->prev_at, sizeof c->prev_at, "%s", r->at ? r->at : "");
	if (!r->hash) {
		if (r->id >= c->from || c->hashed)
			report_text(c->run, _("Audit row %" PRId64 " has no hash: it was written behind the program's back."),
			            r->id);
	} else {
		char want[CHAIN_HEX];
		chain_hash(r, c->prev, want);
		if (strcmp(want, r->hash) != 0)
			report_text(c->run, _("Audit row %" PRId64 " (%s, %s) does not match its hash: it, or the row before it, was changed behind the program's back."),
			            r->id, r->form, r->action);
	}
	snprintf(c->prev, sizeof c->prev, "%s", r->hash ? r->hash : "");
	c->hashed = c->hashed || r->hash;
	c->last_id = r->id;
	return check_office_row(c->office, r, r->hash != NULL, c->err) != GERR_OK;
}

static int check_chain(struct run *run, struct gerr *err)
{
	struct chain_state c = { .run = run, .from = 1, .err = err };
	char *from = NULL;
	int rc = db_setting_get(run->s->db, "audit_chain_from", &from, err);
	if (rc)
		return rc;
	if (from)
		c.from = strtoll(from, NULL, 10);
	free(from);
	c.office = check_office_new(run->s, report_vtext, run);
	rc = db_audit_scan(run->s->db, chain_row, &c, err);
	if (rc == GERR_OK && err->code)
		rc = err->code; /* the office replay's, which stopped the scan */
	int end = check_office_end(c.office, err);
	if (rc == GERR_OK)
		rc = end;
	if (rc == GERR_OK && run->anchor && c.last_id < run->anchor->id)
		report_text(run, _("The audit trail ends at row %" PRId64 ", but the head kept outside the file is row %" PRId64 ": the rows after %" PRId64 " were removed."),
		            c.last_id, run->anchor->id, c.last_id);
	return rc;
}

static int schema_problem(void *ud, const char *type, const char *name, const char *what)
{
	if (strcmp(what, "missing") == 0)
		report_text(ud, _("The %s %s that the program's schema has is missing: it was dropped behind the program's back."),
		            type, name);
	else if (strcmp(what, "changed") == 0)
		report_text(ud, _("The %s %s is not as the program's schema has it: it was changed behind the program's back."),
		            type, name);
	else
		report_text(ud, _("The %s %s is not part of the program's schema: it was added behind the program's back."),
		            type, name);
	return 0;
}

/* ---- every record against its audit rows ---- */

static bool same_text(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : !a && !b;
}

/* A stored value that differs from the one its audit rows leave. */
static void report_value(struct run *run, const char *form, int64_t id, const char *field,
                         const char *stored, const char *audited)
{
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("%s record %" PRId64 ", field %s: stored \"%s\", the audit trail says \"%s\"."),
	        form, id, field, stored ? stored : "", audited ? audited : "");
	struct check_finding f = { form, id, field, stored, audited, sb_str(&b) };
	report(run, &f);
	sb_free(&b);
}

struct records_state {
	struct run *run;
	const struct form *form;
	const char **v; /* per field: the storage text the audit rows leave */
};

/* Who wrote the record and when, its version and void reason, as its
 * audit rows say: the first row added it, every later one raised the
 * version, a void row gave the reason. A migration's "upgrade" rows fill
 * values and leave the rest. */
static void check_bookkeeping(struct records_state *rs, const struct replay_record *r,
                              const struct audit_row *rows, int nrows)
{
	const char *name = rs->form->name;
	const struct audit_row *last = NULL;
	const char *reason = NULL;
	int n = 0;
	for (int i = 0; i < nrows; i++) {
		if (strcmp(rows[i].action, "upgrade") == 0)
			continue;
		if (strcmp(rows[i].action, "void") == 0)
			reason = rows[i].reason;
		if (n++ > 0)
			last = &rows[i];
	}
	char version[24];
	snprintf(version, sizeof version, "%d", n);
	char stored_version[24];
	snprintf(stored_version, sizeof stored_version, "%" PRId64, r->version);
	if (strcmp(version, stored_version) != 0)
		report_value(rs->run, name, r->id, "version", stored_version, version);
	if (!same_text(r->created_by, rows[0].user))
		report_value(rs->run, name, r->id, "created_by", r->created_by, rows[0].user);
	if (!check_stamp_matches(r->created_at, rows[0].at))
		report_value(rs->run, name, r->id, "created_at", r->created_at, rows[0].at);
	if (!same_text(r->updated_by, last ? last->user : NULL))
		report_value(rs->run, name, r->id, "updated_by", r->updated_by, last ? last->user : NULL);
	if (last ? !check_stamp_matches(r->updated_at, last->at) : r->updated_at != NULL)
		report_value(rs->run, name, r->id, "updated_at", r->updated_at, last ? last->at : NULL);
	if (!same_text(r->void_reason, reason))
		report_value(rs->run, name, r->id, "void_reason", r->void_reason, reason);
}

static int check_record(void *ud, int64_t id, const struct replay_record *r,
                        const struct audit_row *rows, int n)
{
	struct records_state *rs = ud;
	struct run *run = rs->run;
	const struct form *form = rs->form;
	if (!r) {
		report_text(run, _("%s record %" PRId64 " is in the audit trail but no longer in its table: someone deleted it."),
		            form->name, id);
		return 0;
	}
	run->sum->records++;
	if (n == 0) {
		report_text(run, _("%s record %" PRId64 " has no audit row: it was written behind the program's back."),
		            form->name, id);
		return 0;
	}
	memset(rs->v, 0, (size_t)form->nfields * sizeof *rs->v);
	bool voided = false;
	for (int i = 0; i < n; i++) {
		if (strcmp(rows[i].action, "void") == 0) {
			voided = true;
			continue;
		}
		for (int c = 0; c < rows[i].nchanges; c++) {
			int k = form_field_index(form, rows[i].changes[c].field);
			if (k >= 0)
				rs->v[k] = rows[i].changes[c].new_value;
		}
	}
	for (int k = 0; k < form->nfields; k++)
		if (!same_text(r->v[k], rs->v[k]))
			report_value(run, form->name, id, form->fields[k].name, r->v[k], rs->v[k]);
	if (voided != r->voided)
		report_value(run, form->name, id, "voided", r->voided ? "1" : "0", voided ? "1" : "0");
	check_bookkeeping(rs, r, rows, n);
	return 0;
}

static int check_records(struct run *run, struct gerr *err)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++) {
		struct records_state rs = { run, all[i],
		                            xcalloc((size_t)all[i]->nfields + 1, sizeof(char *)) };
		int rc = db_replay_scan(run->s->db, all[i], check_record, &rs, err);
		free(rs.v);
		if (rc)
			return rc;
	}
	return GERR_OK;
}

static int run_all(struct session *s, const struct chain_head *anchor, bool full,
                   void (*finding)(void *ud, const struct check_finding *f), void *ud,
                   struct check_summary *sum, struct gerr *err)
{
	memset(sum, 0, sizeof *sum);
	struct run run = { s, anchor, finding, ud, sum };
	/* SQLite's own checks on the second core while the rest runs here */
	struct db_integrity *integrity = db_integrity_start(s->db, full);
	int rc = db_check_foreign_keys(s->db, fk_problem, &run, err);
	if (rc == GERR_OK)
		rc = db_check_schema(s->db, schema_problem, &run, err);
	if (rc == GERR_OK)
		rc = check_chain(&run, err);
	if (rc == GERR_OK)
		rc = check_records(&run, err);
	struct gerr ignored;
	int done = db_integrity_finish(integrity, integrity_problem, &run, rc ? &ignored : err);
	return rc ? rc : done;
}

int check_run(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
              void *ud, struct check_summary *sum, struct gerr *err)
{
	return run_all(s, NULL, true, finding, ud, sum, err);
}

int check_database(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
                   void *ud, struct check_summary *sum, struct gerr *err)
{
	return check_against(s, NULL, false, finding, ud, sum, err);
}

int check_against(struct session *s, const struct chain_head *anchor, bool full,
                  void (*finding)(void *ud, const struct check_finding *f), void *ud,
                  struct check_summary *sum, struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_CHECK, err);
	return rc ? rc : run_all(s, anchor, full, finding, ud, sum, err);
}

int check_head_text(struct session *s, char out[CHAIN_HEAD_TEXT], struct gerr *err)
{
	struct chain_head h;
	int rc = db_audit_head(s->db, &h, err);
	if (rc == GERR_OK)
		chain_head_format(&h, out);
	return rc;
}

int check_anchor_read(const char *path, struct chain_head *h, struct gerr *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), path, strerror(errno));
	char head[CHAIN_HEAD_TEXT + 16] = "";
	size_t n = fread(head, 1, sizeof head - 1, f);
	fclose(f);
	head[n] = '\0';
	if (n >= 16 && memcmp(head, "SQLite format 3", 16) == 0)
		return db_file_head(path, h, err);
	if (!chain_head_parse(head, h))
		return gerr_set(err, GERR_INPUT, NULL,
		                _("%s is neither a gspdesk backup nor a chain head (a line \"ID HASH\" as gspdesk check --head prints it)."),
		                path);
	return GERR_OK;
}
