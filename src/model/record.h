/* One record of a form in memory, its values typed by the form's fields. */
#ifndef GSPDESK_RECORD_H
#define GSPDESK_RECORD_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "model/form.h"

struct value {
	bool null;
	int64_t num;  /* int, decimal (scaled), bool, ref (record id; 0 = unresolved) */
	char *text;   /* text, date, datetime, enum code; ref: the record's code */
	char *label;  /* ref only: the referenced record's name */
};

struct record {
	const struct form *form;
	int64_t id;       /* 0 until stored */
	int64_t version;  /* raised by every edit; guards against lost updates */
	bool voided;
	char *void_reason;
	char *created_at, *created_by, *updated_at, *updated_by;
	struct value *v;  /* form->nfields values */
};

struct record *record_new(const struct form *form);
struct record *record_clone(const struct record *r);
void record_free(struct record *r);
struct value *record_value(struct record *r, const char *field);
/* The text of field (a text, date, code or a ref's code); NULL when the
 * value is null. */
const char *record_text(const struct record *r, const char *field);

void value_clear(struct value *v);
void value_copy(struct value *dst, const struct value *src);
void value_set_num(struct value *v, int64_t num);
void value_set_text(struct value *v, const char *text);
bool value_equal(const struct field *f, const struct value *a, const struct value *b);
/* Whether a and b, records of one form, hold equal values in the n fields
 * named. */
bool record_same(const struct record *a, const struct record *b, const char *const *fields,
                 int n);

/* User input → value. Empty input gives a null value. A ref keeps the text
 * to be resolved against the database (num 0). On refusal returns
 * GERR_INPUT with a message that starts with the field's label. */
int field_parse(const struct field *f, const char *input, struct value *v, struct gerr *err);

enum fmt_mode {
	FMT_MACHINE, /* CSV, JSON: codes, yes/no, ISO dates */
	FMT_HUMAN    /* tables and screens: translated labels, names */
};
/* Malloc'd text of v ("" for null). */
char *field_format(const struct field *f, const struct value *v, enum fmt_mode mode);
/* The value as the database stores it, as text; NULL for null. Audit rows
 * keep this form so a record can be compared with its audit trail. */
char *field_storage_text(const struct field *f, const struct value *v);
/* The translated label of an enum code, or the code itself. */
const char *field_choice_label(const struct field *f, const char *code);
/* Formats a scaled decimal ("12.50") into out. */
void decimal_format(int64_t scaled, int scale, char out[32]);

/* A one-line text outside any form (a --reason, a token's label) checked
 * by the fields' own rule: valid UTF-8, no control character, at most
 * max_len characters; refused as "<label>: <rule>" naming name. */
int field_check_line(const char *name, const char *label, int max_len, const char *text,
                     struct gerr *err);
/* Sets err to "<label>: <message>" for field f; returns GERR_INPUT. */
int field_refuse(struct gerr *err, const struct field *f, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
