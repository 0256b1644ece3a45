#include "config.h"
#include "core/check.h"
#include "core/chain.h"
#include "core/i18n.h"
#include "core/perm.h"
#include "core/strbuf.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct session *s;
	void (*finding)(void *ud, const struct check_finding *f);
	void *ud;
	struct check_summary *sum;
};

static void report(struct run *run, const struct check_finding *f)
{
	run->sum->findings++;
	run->finding(run->ud, f);
}

static void report_text(struct run *run, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report_text(struct run *run, const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	struct check_finding f = { .text = text };
	report(run, &f);
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
};

static int chain_row(void *ud, const struct chain_row *r)
{
	struct chain_state *c = ud;
	c->run->sum->audit_rows++;
	if (r->id != c->last_id + 1)
		report_text(c->run, _("Audit rows %" PRId64 " to %" PRId64 " are missing: someone removed them."),
		            c->last_id + 1, r->id - 1);
	if (!r->hash) {
		if (r->id >= c->from)
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
	c->last_id = r->id;
	return 0;
}

static int check_chain(struct run *run, struct gerr *err)
{
	struct chain_state c = { run, 1, 0, "" };
	char *from = NULL;
	int rc = db_setting_get(run->s->db, "audit_chain_from", &from, err);
	if (rc)
		return rc;
	if (from)
		c.from = strtoll(from, NULL, 10);
	free(from);
	return db_audit_scan(run->s->db, chain_row, &c, err);
}

/* ---- every record against its audit rows ---- */

struct replay {
	const struct form *form;
	char **v;      /* per field: the storage text the audit rows leave */
	bool voided;
	int rows;
};

static int replay_row(void *ud, const struct audit_row *a)
{
	struct replay *p = ud;
	p->rows++;
	if (strcmp(a->action, "void") == 0) {
		p->voided = true;
		return 0;
	}
	for (int i = 0; i < a->nchanges; i++) {
		int k = form_field_index(p->form, a->changes[i].field);
		if (k < 0)
			continue;
		free(p->v[k]);
		p->v[k] = a->changes[i].new_value ? xstrdup(a->changes[i].new_value) : NULL;
	}
	return 0;
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
	const char *form_name;
	struct gerr *err;
	int rc;
};

static int check_record(void *ud, const struct record *r)
{
	struct records_state *rs = ud;
	struct run *run = rs->run;
	const struct form *form = r->form;
	run->sum->records++;
	struct replay p = { form, xcalloc((size_t)form->nfields, sizeof(char *)), false, 0 };
	rs->rc = db_audit_history(run->s->db, form->name, r->id, replay_row, &p, rs->err);
	if (rs->rc == GERR_OK && p.rows == 0) {
		report_text(run, _("%s record %" PRId64 " has no audit row: it was written behind the program's back."),
		            form->name, r->id);
	} else if (rs->rc == GERR_OK) {
		for (int k = 0; k < form->nfields; k++) {
			const struct field *fd = &form->fields[k];
			char *stored = field_storage_text(fd, &r->v[k]);
			bool same = stored && p.v[k] ? strcmp(stored, p.v[k]) == 0 : !stored && !p.v[k];
			if (!same)
				report_value(run, form->name, r->id, fd->name, stored, p.v[k]);
			free(stored);
		}
		if (p.voided != r->voided)
			report_value(run, form->name, r->id, "voided", r->voided ? "1" : "0",
			             p.voided ? "1" : "0");
	}
	for (int k = 0; k < form->nfields; k++)
		free(p.v[k]);
	free(p.v);
	return rs->rc != GERR_OK;
}

static int orphan(void *ud, int64_t record_id)
{
	struct records_state *rs = ud;
	report_text(rs->run, _("%s record %" PRId64 " is in the audit trail but no longer in its table: someone deleted it."),
	            rs->form_name, record_id);
	return 0;
}

static int check_records(struct run *run, struct gerr *err)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++) {
		struct records_state rs = { run, all[i]->name, err, GERR_OK };
		struct list_query q = { .form = all[i], .include_voided = true };
		int rc = db_list(run->s->db, &q, check_record, &rs, err);
		if (rc == GERR_OK)
			rc = rs.rc;
		if (rc == GERR_OK)
			rc = db_audit_orphans(run->s->db, all[i], orphan, &rs, err);
		if (rc)
			return rc;
	}
	return GERR_OK;
}

int check_run(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
              void *ud, struct check_summary *sum, struct gerr *err)
{
	memset(sum, 0, sizeof *sum);
	struct run run = { s, finding, ud, sum };
	int rc = db_check_integrity(s->db, integrity_problem, &run, err);
	if (rc == GERR_OK)
		rc = db_check_foreign_keys(s->db, fk_problem, &run, err);
	if (rc == GERR_OK)
		rc = check_chain(&run, err);
	if (rc == GERR_OK)
		rc = check_records(&run, err);
	return rc;
}

int check_database(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
                   void *ud, struct check_summary *sum, struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_CHECK, err);
	return rc ? rc : check_run(s, finding, ud, sum, err);
}
