#include "config.h"
#include "core/recall.h"
#include "base/i18n.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "core/trace.h"
#include "db/db_recall.h"
#include "db/db.h"
#include "db/db_record.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int recall_class_days(const char *cls)
{
	if (!cls)
		return 0;
	if (strcmp(cls, "I") == 0)
		return 1;
	if (strcmp(cls, "II") == 0)
		return 3;
	if (strcmp(cls, "III") == 0)
		return 7;
	return 0;
}

static bool deadline_of(const char *opened, const char *cls, struct ymdhm *due)
{
	if (!opened || datetime_parse(opened, due) != DATE_OK)
		return false;
	due->date = date_from_days(date_to_days(&due->date) + recall_class_days(cls));
	return true;
}

bool recall_deadline(const char *opened, const char *cls, char out[17])
{
	struct ymdhm due;
	if (!recall_class_days(cls) || !deadline_of(opened, cls, &due))
		return false;
	datetime_format(&due, out);
	return true;
}

enum recall_state recall_recipient_state(const struct record *recipient, const char *deadline,
                                         const char *now)
{
	const struct form *f = recipient->form;
	const struct value *sold = &recipient->v[form_field_index(f, "qty_sold")];
	const struct value *back = &recipient->v[form_field_index(f, "qty_returned")];
	const struct value *told = &recipient->v[form_field_index(f, "notified_at")];
	int64_t n_sold = sold->null ? 0 : sold->num, n_back = back->null ? 0 : back->num;
	if (n_sold > 0 && n_back >= n_sold)
		return RECALL_RETURNED;
	if (told->null) /* the texts compare as times: both "YYYY-MM-DD HH:MM" */
		return deadline && now && strcmp(now, deadline) > 0 ? RECALL_LATE : RECALL_UNTOLD;
	return n_back > 0 ? RECALL_PART_RETURNED : RECALL_TOLD;
}

const char *recall_state_label(enum recall_state st)
{
	switch (st) {
	case RECALL_UNTOLD: return _("not yet told");
	case RECALL_LATE: return _("not yet told, late");
	case RECALL_TOLD: return _("told");
	case RECALL_PART_RETURNED: return _("told, part returned");
	case RECALL_RETURNED: return _("all returned");
	}
	return "";
}

static const struct form *recalls(void)
{
	return form_find("recalls");
}

static const struct form *recipients(void)
{
	return form_find("recall_recipients");
}

/* One buyer's total from the trace. */
struct buyer {
	const char *code;
	int64_t id, qty;
};

static int buyers_of(const struct trace *t, struct buyer **out)
{
	struct buyer *b = xcalloc((size_t)(t->nsales ? t->nsales : 1), sizeof *b);
	int n = 0;
	for (int i = 0; i < t->nsales; i++) {
		int k = 0;
		while (k < n && b[k].id != t->sales[i].customer_id)
			k++;
		if (k == n)
			b[n++] = (struct buyer){ t->sales[i].customer_code, t->sales[i].customer_id, 0 };
		b[k].qty += t->sales[i].qty;
	}
	*out = b;
	return n;
}

static int add_recipients(struct session *s, int64_t recall, const struct trace *t, int *count,
                          struct gerr *err)
{
	struct buyer *b;
	int n = buyers_of(t, &b), rc = GERR_OK;
	char rid[24], qty[24];
	snprintf(rid, sizeof rid, "%" PRId64, recall);
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		snprintf(qty, sizeof qty, "%" PRId64, b[i].qty);
		struct assign a[] = { { "recall", rid }, { "customer", b[i].code }, { "qty_sold", qty } };
		int64_t id;
		rc = records_add(s, recipients(), a, 3, &id, err);
	}
	free(b);
	if (count)
		*count = n;
	return rc;
}

static int already_open(struct session *s, const char *product, const char *batch,
                        const char *serial, struct gerr *err)
{
	struct value v = { .null = true };
	int rc = records_parse_value(s, form_field(recalls(), "product"), product, &v, err);
	int64_t open = 0;
	if (rc == GERR_OK && (rc = db_recall_matching(s->db, v.num, batch, serial, &open, err)) == GERR_OK &&
	    open)
		rc = gerr_set(err, GERR_INPUT, batch ? "batch" : "serial",
		              _("Recall %" PRId64 " of these goods is already open."), open);
	value_clear(&v);
	return rc;
}

int recall_open(struct session *s, const char *product, const char *batch, const char *serial,
                const char *cls, const char *reason, int64_t *id, int *nrecipients,
                struct gerr *err)
{
	if (!product || !*product)
		return gerr_set(err, GERR_USAGE, "product", "%s", _("Name the product recalled."));
	bool by_batch = batch && *batch;
	char now[17];
	session_now_text(s, now);
	struct assign a[] = {
		{ "product", product }, { by_batch ? "batch" : "serial", by_batch ? batch : serial },
		{ "class", cls ? cls : "" }, { "reason", reason ? reason : "" },
		{ "opened", now }, { "status", "open" },
	};
	/* the trace is read inside the write: no sale slips in between */
	struct trace t = { 0 };
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	if ((rc = trace_find(s, product, batch, serial, &t, err)) == GERR_OK &&
	    (rc = already_open(s, product, by_batch ? batch : NULL, by_batch ? NULL : serial,
	                       err)) == GERR_OK &&
	    (rc = records_add(s, recalls(), a, 6, id, err)) == GERR_OK)
		rc = add_recipients(s, *id, &t, nrecipients, err);
	trace_free(&t);
	return db_end(s->db, rc, err);
}

/* GERR_INPUT unless recall id is live and open; opened (may be NULL)
 * gets the time it was opened. */
static int check_open(struct session *s, int64_t id, char opened[17], struct gerr *err)
{
	struct record *r = NULL;
	int rc = records_get(s, recalls(), id, &r, err);
	if (rc)
		return rc;
	const struct value *status = &r->v[form_field_index(recalls(), "status")];
	bool open = !r->voided && strcmp(status->text, "open") == 0;
	if (opened)
		snprintf(opened, 17, "%s", r->v[form_field_index(recalls(), "opened")].text);
	record_free(r);
	if (!open)
		return gerr_set(err, GERR_INPUT, "id", _("Recall %" PRId64 " is not open."), id);
	return GERR_OK;
}

int recall_check_void(struct session *s, const struct record *r, struct gerr *err)
{
	int64_t recall = r->v[form_field_index(r->form, "recall")].num;
	struct gerr ignored = { 0 };
	if (check_open(s, recall, NULL, &ignored) != GERR_OK)
		return GERR_OK; /* closed or void: its buyers are history */
	return gerr_set(err, GERR_INPUT, "id",
	                _("Recall %" PRId64 " is open: its buyers, as the sales ledger names them,"
	                  " stay on it until it is closed."), recall);
}

/* When something happened (--at), as "YYYY-MM-DD HH:MM" into out: now when
 * at is NULL; never in the future nor before the recall was opened. */
static int event_time(struct session *s, const char *opened, const char *at, const char *field,
                      char out[17], struct gerr *err)
{
	char now[17];
	session_now_text(s, now);
	if (!at) {
		memcpy(out, now, 17);
		return GERR_OK;
	}
	const struct field *f = form_field(recipients(), field);
	struct value v = { .null = true };
	int rc = field_parse(f, at, &v, err);
	if (rc == GERR_OK && v.null)
		rc = field_refuse(err, f, "%s", _("is required"));
	else if (rc == GERR_OK && strcmp(v.text, now) > 0)
		rc = field_refuse(err, f, _("%s is in the future (now is %s)"), v.text, now);
	else if (rc == GERR_OK && strcmp(v.text, opened) < 0)
		rc = field_refuse(err, f, _("%s is before the recall was opened (%s)"), v.text, opened);
	if (rc == GERR_OK)
		snprintf(out, 17, "%s", v.text);
	value_clear(&v);
	return rc;
}

/* The recipient record of customer (code or name) in open recall id. */
static int recipient_of(struct session *s, int64_t id, const char *customer, int64_t *rid,
                        struct record **rec, char opened[17], struct gerr *err)
{
	int rc = check_open(s, id, opened, err);
	if (rc)
		return rc;
	const struct field *cf = form_field(recipients(), "customer");
	struct value v = { .null = true };
	if ((rc = records_parse_value(s, cf, customer, &v, err)) == GERR_OK &&
	    (rc = db_recall_recipient(s->db, id, v.num, rid, err)) == GERR_OK && !*rid)
		rc = field_refuse(err, cf, _("%s bought none of the goods of recall %" PRId64), v.label,
		                  id);
	value_clear(&v);
	if (rc == GERR_OK)
		rc = records_get(s, recipients(), *rid, rec, err);
	return rc;
}

int recall_notify(struct session *s, int64_t id, const char *customer, const char *how,
                  const char *note, const char *reply, const char *at, struct gerr *err)
{
	char now[17], opened[17];
	int64_t rid = 0;
	struct record *rec = NULL;
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	if ((rc = recipient_of(s, id, customer, &rid, &rec, opened, err)) == GERR_OK &&
	    (rc = event_time(s, opened, at, "notified_at", now, err)) == GERR_OK) {
		struct assign a[5] = { { "notified_at", now }, { "how", how ? how : "" },
		                       { "notified_by", s->user.name } };
		int n = 3;
		if (note)
			a[n++] = (struct assign){ "note", note };
		if (reply)
			a[n++] = (struct assign){ "reply", reply };
		rc = records_edit(s, recipients(), rid, a, n, _("recall: buyer notified"), 0, err);
	}
	record_free(rec);
	return db_end(s->db, rc, err);
}

int recall_return(struct session *s, int64_t id, const char *customer, int64_t qty,
                  const char *at, struct gerr *err)
{
	int64_t rid = 0;
	struct record *rec = NULL;
	char when[17], opened[17];
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	if ((rc = recipient_of(s, id, customer, &rid, &rec, opened, err)) == GERR_OK &&
	    (rc = event_time(s, opened, at, "returned_at", when, err)) == GERR_OK) {
		const struct value *sold = &rec->v[form_field_index(recipients(), "qty_sold")];
		const struct value *back = &rec->v[form_field_index(recipients(), "qty_returned")];
		int64_t total = (back->null ? 0 : back->num) + qty;
		if (qty <= 0 || total > sold->num) {
			rc = field_refuse(err, form_field(recipients(), "qty_returned"),
			                  _("%" PRId64 " in all would be more than the %" PRId64 " sold"), total,
			                  sold->num);
		} else {
			char text[24];
			snprintf(text, sizeof text, "%" PRId64, total);
			struct assign a[] = { { "qty_returned", text }, { "returned_at", when } };
			rc = records_edit(s, recipients(), rid, a, 2, _("recall: goods returned"), 0, err);
		}
	}
	record_free(rec);
	return db_end(s->db, rc, err);
}

struct unsettled {
	struct strbuf names;
	int n;
};

/* A buyer not told, or told with units not all back, with which. */
static int collect_unsettled(void *ud, const struct record *r)
{
	struct unsettled *u = ud;
	const struct value *sold = &r->v[form_field_index(r->form, "qty_sold")];
	const struct value *back = &r->v[form_field_index(r->form, "qty_returned")];
	bool told = !r->v[form_field_index(r->form, "notified_at")].null;
	int64_t n_back = back->null ? 0 : back->num;
	if (told && n_back >= sold->num)
		return 0;
	const struct value *c = &r->v[form_field_index(r->form, "customer")];
	sb_addf(&u->names, "%s%s ", u->n ? _(", ") : "", c->label ? c->label : "");
	if (!told)
		sb_addf(&u->names, "(%s)", _("not yet told"));
	else
		sb_addf(&u->names, _("(%" PRId64 " of %" PRId64 " back)"), n_back, sold->num);
	u->n++;
	return 0;
}

int recall_close(struct session *s, int64_t id, const char *reason, bool force,
                 struct gerr *err)
{
	int rc = records_check_reason(reason, err);
	if (rc)
		return rc;
	char now[17];
	session_now_text(s, now);
	struct list_filter filter = { form_field(recipients(), "recall"), { .null = true } };
	struct list_query q = { .form = recipients(), .filters = &filter, .nfilters = 1 };
	struct unsettled u = { STRBUF_INIT, 0 };
	value_set_num(&filter.value, id);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	if ((rc = check_open(s, id, NULL, err)) == GERR_OK &&
	    (rc = records_list(s, &q, collect_unsettled, &u, err)) == GERR_OK && u.n && !force)
		rc = gerr_set(err, GERR_INPUT, "force",
		              _("Recall %" PRId64 " has buyers not told or with units not accounted for: %s."
		                " Settle them first, or close with --force and say why with --reason."),
		              id, sb_str(&u.names));
	if (rc == GERR_OK) {
		struct assign a[] = { { "status", "closed" }, { "closed", now },
		                      { "close_reason", reason } };
		rc = records_edit(s, recalls(), id, a, 3, reason, 0, err);
	}
	value_clear(&filter.value);
	sb_free(&u.names);
	return db_end(s->db, rc, err);
}

int recall_check_sale(struct session *s, struct record *r, struct gerr *err)
{
	return recall_check_goods(s, r, false, err);
}

/* Goods the office is about to take in or give out, of product with this
 * batch or serial: refused while a recall of them is open, on the field
 * (fb for the batch, fs for the serial) that matched it. */
int recall_check_unit(struct session *s, int64_t product, const struct value *b,
                      const struct value *sn, const struct field *fb, const struct field *fs,
                      enum recall_use use, struct gerr *err)
{
	int64_t id = 0;
	int rc = db_recall_matching(s->db, product, b->null ? NULL : b->text,
	                            sn->null ? NULL : sn->text, &id, err);
	if (rc != GERR_OK || !id)
		return rc;
	struct record *rec = NULL;
	if ((rc = db_record_get(s->db, recalls(), id, &rec, err)) != GERR_OK)
		return rc;
	const char *opened = rec->v[form_field_index(recalls(), "opened")].text;
	const char *cls = rec->v[form_field_index(recalls(), "class")].text;
	const struct value *rb = &rec->v[form_field_index(recalls(), "batch")];
	char *rkey = text_key(rb->null ? NULL : rb->text), *key = text_key(b->null ? NULL : b->text);
	const struct field *which = rkey && key && strcmp(rkey, key) == 0 ? fb : fs;
	free(rkey);
	free(key);
	if (use == RECALL_RECEIVED)
		rc = field_refuse(err, which,
		                  _("is under recall %" PRId64 " (class %s, opened %s): no more of it is received while the recall is open"),
		                  id, cls, opened);
	else if (use == RECALL_EXCHANGED)
		rc = field_refuse(err, which,
		                  _("is under recall %" PRId64 " (class %s, opened %s): it may not be given out in an exchange while the recall is open"),
		                  id, cls, opened);
	else
		rc = field_refuse(err, which,
		                  _("is under recall %" PRId64 " (class %s, opened %s): it may not be sold while the recall is open"),
		                  id, cls, opened);
	record_free(rec);
	return rc;
}

int recall_check_goods(struct session *s, struct record *r, bool receiving, struct gerr *err)
{
	const struct form *f = r->form;
	int ip = form_field_index(f, "product"), ib = form_field_index(f, "batch"),
	    is = form_field_index(f, "serial");
	const struct value *p = &r->v[ip], *b = &r->v[ib], *sn = &r->v[is];
	/* an edit that leaves the goods as they were stays allowed */
	static const char *const goods[] = { "product", "batch", "serial" };
	bool same;
	int rc = records_unchanged(s, r, goods, 3, &same, err);
	if (rc || same)
		return rc;
	return recall_check_unit(s, p->num, b, sn, &f->fields[ib], &f->fields[is],
	                         receiving ? RECALL_RECEIVED : RECALL_SOLD, err);
}
