/* Single documents to print (打印单据): one record laid out as its paper
 * form on one A4 page, every field with its label, and the lines the
 * people who sign it fill in. */
#ifndef GSPDESK_DOCS_H
#define GSPDESK_DOCS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/session.h"
#include "model/record.h"
#include "report/xbook.h"

struct doc_kind {
	const char *name;  /* the command line's word: complaint, event, ... */
	const char *form;  /* the record's form */
	const char *title; /* msgid: the paper's title */
	const char *const *signatures; /* msgids, NULL-ended */
	/* the paper's own layout of record r; NULL: every field of the form
	 * with its label, one a row */
	int (*layout)(struct session *s, struct xbook *b, const struct doc_kind *k,
	              struct record *r, struct gerr *err);
};

/* the kinds with a layout of their own */
extern const struct doc_kind doc_delivery, doc_recall, doc_training_roster, doc_training_record,
	doc_install;

/* A label in column 0 and its value merged over columns 1 to last,
 * each wrapped where its column wraps (xsheet_wrap), the row grown to
 * fit. */
void doc_fact(struct xsheet *sh, int row, const char *label, const char *value, int last);
/* doc_fact of a field of r: its label and its value for people. */
void doc_field_fact(struct xsheet *sh, int row, struct record *r, const char *name, int last);

/* Records collected from a list (records_list's row callback
 * doc_records_add), each a clone; doc_records_free frees them. */
struct doc_records {
	struct record **r;
	int n;
};
int doc_records_add(void *ud, const struct record *r);
void doc_records_free(struct doc_records *d);

/* The document's sheet: its title, "No. number" under it, printed on
 * one page. */
void doc_sheet(struct xbook *b, struct xsheet *sh, const struct doc_kind *k, int64_t number);

const struct doc_kind *doc_find(const char *name);
const struct doc_kind *const *docs_all(int *count);

/* Writes record id of the kind to path as report_write does (whole or not
 * at all, refused over an existing file unless force), for a user who may
 * see the form. */
int doc_print(struct session *s, const struct doc_kind *k, int64_t id, const char *path,
              bool force, struct gerr *err);

#endif
