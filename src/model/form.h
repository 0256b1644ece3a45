/* A paper record described as data: the master copy of its fields, types,
 * limits and rules. One generic validator, SQL layer, command line and
 * screen engine serve every form from these tables (see forms/). */
#ifndef GSPDESK_FORM_H
#define GSPDESK_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef N_
#define N_(s) s
#endif

enum ftype {
	FT_TEXT,
	FT_INT,
	FT_DECIMAL,  /* stored as an integer scaled by 10^scale: exact money */
	FT_DATE,     /* "2025-03-05" */
	FT_DATETIME, /* "2025-03-05 14:30", local time */
	FT_ENUM,     /* stable English code; the label is translated */
	FT_BOOL,     /* 0 or 1 */
	FT_REF       /* id of a record of another form */
};

enum fflag {
	F_REQUIRED = 1u << 0,
	F_UNIQUE = 1u << 1,     /* no two live or voided records share it */
	F_COMPUTED = 1u << 2,   /* set by a rule, never typed */
	F_SEARCH = 1u << 3,     /* matched by the list's text search */
	F_MULTILINE = 1u << 4,  /* text that may hold line breaks */
	F_NOT_FUTURE = 1u << 5, /* a date not after today, a datetime not after now */
	F_MIN = 1u << 6,        /* numbers: min applies */
	F_MAX = 1u << 7,        /* numbers: max applies */
	F_MONEY = 1u << 8,      /* decimal: yuan (a workbook shows it as money) */
	F_PERSON = 1u << 9      /* text naming a person: a new record on screen
	                         * starts with the logged-in user's name */
};

struct choice {
	const char *code;  /* stable, English */
	const char *label; /* msgid */
};

struct field {
	const char *name;  /* stable snake_case: column, CLI and CSV name */
	const char *label; /* msgid; its Chinese is the paper form's own word */
	enum ftype type;
	unsigned flags;
	int max_len;       /* text: characters */
	int scale;         /* decimal: digits after the point */
	int64_t min, max;  /* int and decimal (scaled), with F_MIN / F_MAX */
	const struct choice *choices; /* enum: ends with { NULL, NULL } */
	const char *ref;   /* ref: the referenced form's name */
	int width;         /* list column width in cells; 0 keeps it out of lists */
	const char *help;  /* msgid */
	/* Other column titles an imported sheet may use, such as the paper
	 * form's Chinese words, whatever the UI language; ends with NULL. */
	const char *const *aliases;
};

enum rule_kind {
	RULE_ONE_OF,      /* at least one of a and b is given */
	RULE_NOT_BEFORE,  /* date a is not before date b (when both are given) */
	RULE_NOT_BEFORE_REF, /* date a is not before date field c of the record
	                      * ref b names (when both are given) */
	RULE_PRODUCT,     /* computed a = b × c when both are given */
	RULE_DEFAULT_REF, /* a left empty takes field c of the record ref b names */
	RULE_REQUIRED_IF, /* a is required when enum b has the code c */
	RULE_REQUIRED_WITH, /* a is required when b is given */
	RULE_ONLY_IF,     /* a is given only when enum b has the code c */
	RULE_DEFAULT_VALUE, /* a left empty takes the value c (as typed) */
	RULE_UNIQUE_WITH, /* no other live record has the same a, b (and c) */
	RULE_GTIN,        /* a, when given, is a GTIN (check digit right),
	                   * stored as its 14 digits */
	RULE_LINES_COVER  /* header: one line per live record of a's ref form
	                   * whose bool field b is yes, none for the others */
};

struct rule {
	enum rule_kind kind;
	const char *a, *b, *c;
	/* msgid of the refusal, said after a's label; "{}" stands for b's value */
	const char *msg;
};

struct session;
struct record;
struct gerr;
struct due_source; /* core/due.h */

enum row_urgency { ROW_CALM, ROW_WARNING, ROW_LATE };

/* A role's rights on a form's records, as letters: V view, A add, E edit,
 * X void, R report. The roles are core/perm.c's; a role a form does not
 * name keeps its default rights there. */
struct form_right {
	const char *role;
	const char *rights;
};

/* Its place on the main menu's left column (its list opens from there). */
struct form_menu {
	char key;          /* its hotkey; 0: not on the menu */
	int place;         /* the column's order, smallest first */
	bool editors_only; /* offered only to the roles that may edit it */
};

#define FORM_ARCHIVE_TOTALS 2

/* Its section in an archive: the customer archive (用户档案) for a form
 * whose records name a customer, the supplier archive for one naming a
 * supplier; the archive is the one its field (or via) refers to. */
struct form_archive {
	const char *title; /* msgid; NULL: not in the archive */
	const char *field; /* the ref to customers that picks the rows */
	const char *sort;  /* newest first by this field; NULL: by id */
	const char *totals[FORM_ARCHIVE_TOTALS]; /* numeric fields summed, NULL when fewer */
	int place;         /* the archive's order, smallest first */
	/* A line form's rows picked through their header: field refers to the
	 * parent, whose field via names the archive's customer or supplier. */
	const char *via;
	/* A second section of the same rows where subset_field has the value
	 * subset_value (a receipt's rejected lines), titled subset_title. */
	const char *subset_title, *subset_field, *subset_value;
};

/* A scan line above the form's fields for a scanned UDI (a GS1 element
 * string, base/gs1.h): it fills product, batch, serial, expiry and
 * production date, those the form has (core/udi.c), then the cursor goes
 * to field `then`. */
struct form_scan {
	bool udi;
	const char *then;
};

struct form {
	const char *name;  /* table and CLI name */
	const char *title; /* msgid: the paper form's title */
	const char *purpose; /* msgid: what the record is for, a sentence or two (F1) */
	const struct field *fields;
	int nfields;
	const struct rule *rules;
	int nrules;
	const char *date_field; /* what --since/--until and date ranges filter */
	bool ledger;            /* kept in date order and added at the end: its list
	                         * opens at the newest lines */
	const char *code_field; /* how other forms' refs name a record of this one;
	                         * NULL: by its id (a sales line) */
	const char *name_field; /* how a ref to this form is shown to people */
	/* Its F_SEARCH text fields, in order, have a trigram index: the FTS5
	 * table NAME_search, made by a migration and kept in step by triggers.
	 * A list search that a short scan in list order does not answer uses
	 * it (src/db/db_list.c). For the big tables only: it costs every write. */
	bool text_index;
	/* Checks that need the database or several fields at once, called
	 * last by records_validate inside the write's transaction; may set
	 * computed fields. NULL for most forms. */
	int (*check)(struct session *s, struct record *r, struct gerr *err);
	/* Optional: a short status of a record for the list screen's status
	 * column (such as "2:30 late"); returns its urgency. */
	enum row_urgency (*row_status)(struct session *s, const struct record *r, char *text,
	                               int size);
	/* Optional, for the screens: when the user leaves `field` holding
	 * `value` (its stored text), a field to ask for at once, with why (a
	 * msgid); NULL when nothing is urgent. */
	const char *(*ask_next)(const char *field, const char *value, const char **why);
	/* Lines: a header form names its child form; the child names the ref
	 * field that points at its header and, optionally, the ref field that
	 * keys one line (so "score.quality=5" sets score on the quality line). */
	const char *lines;
	const char *parent_field;
	const char *line_key;
	/* Optional: the command that alone adds and edits these records, as
	 * their rules live there (a recall's buyers come from the trace); the
	 * generic add and edit refuse them, naming it. Voiding stays generic. */
	const char *own_command;
	/* Optional: refuses voiding record r (a recall's buyer while the recall
	 * is open); called by records_void inside its transaction. */
	int (*void_check)(struct session *s, const struct record *r, struct gerr *err);
	/* Text fields (batch and serial numbers) compared as people mean them:
	 * each has a column NAME_key holding text_key() of it, written with the
	 * record and indexed, which lookups compare. Ends with NULL. */
	const char *const *keys;
	/* What is due because of its records: the due list's sources of this
	 * form (core/due_*.c), ending with NULL; NULL for none. */
	const struct due_source *const *due;
	/* Who may do what with its records, the roles that differ from their
	 * default; ends with { NULL, NULL }. NULL: every role its default. */
	const struct form_right *rights;
	struct form_menu menu;
	struct form_archive archive;
	struct form_scan scan;
	/* The fields the next record keeps from the one just saved (a
	 * delivery's customer and date: ten lines are ten products), offered
	 * by the screens' save-and-next key; ends with NULL. NULL: no such key. */
	const char *const *next_keeps;
	/* What tells its records apart in a picker besides code and name (a
	 * product's spec and maker, a customer's city); ends with NULL. */
	const char *const *picker_shows;
};

/* The keys lists the forms share. */
extern const char *const form_keys_batch_serial[];
extern const char *const form_keys_serial[];
extern const char *const form_keys_replacement[];

#define FORM_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The registry (model/forms.c): every form, in the order of Makefile.am's
 * FORMS list, from which make writes forms_registry (forms_registry.c). */
extern const struct form *const forms_registry[];
extern const int forms_registry_count;
const struct form *const *forms_all(int *count);
/* The forms with a menu key, or an archive section, by their place:
 * fills out (at most max) and returns how many there are. */
int forms_on_menu(const struct form **out, int max);
int forms_in_archive(const struct form **out, int max);
const struct form *form_find(const char *name);
const struct field *form_field(const struct form *form, const char *name);
int form_field_index(const struct form *form, const char *name);
/* The columns refs to form are resolved by and shown with: its code and
 * name fields, or its id for a form without a code (a sales line). */
const char *form_ref_code(const struct form *form);
const char *form_ref_name(const struct form *form);

#endif
