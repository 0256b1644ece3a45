/* Adding, editing and voiding records of any form: validation, rules,
 * permissions and the audit row, in one transaction. The command line and
 * the screens both call these; neither has rules of its own. */
#ifndef GSPDESK_RECORDS_H
#define GSPDESK_RECORDS_H

#include "core/session.h"
#include "model/query.h"

/* a row of db/db_audit.h, passed through as stored */
struct audit_row;

/* One FIELD=VALUE as typed. */
struct assign {
	const char *field;
	const char *value;
};

/* Splits "FIELD=VALUE"; GERR_USAGE when there is no '='. The pointers
 * point into arg, which is modified. */
int assign_parse(char *arg, struct assign *out, struct gerr *err);

int records_add(struct session *s, const struct form *form, const struct assign *a, int n,
                int64_t *id, struct gerr *err);
/* records_add of a record already filled by records_apply; refs with an
 * id (num) are taken as resolved, so an importer can resolve each once. */
int records_insert(struct session *s, struct record *r, int64_t *id, struct gerr *err);
/* The reason an edit, a void, a closing or a revocation needs: required
 * (GERR_USAGE), one line of at most RECORDS_MAX_REASON characters without
 * control characters, like any text field (GERR_INPUT). */
#define RECORDS_MAX_REASON 500
int records_check_reason(const char *reason, struct gerr *err);
/* expect_version 0 takes the stored one; otherwise a newer stored version
 * is refused as a conflict. */
int records_edit(struct session *s, const struct form *form, int64_t id,
                 const struct assign *a, int n, const char *reason, int64_t expect_version,
                 struct gerr *err);
int records_void(struct session *s, const struct form *form, int64_t id, const char *reason,
                 int64_t expect_version, struct gerr *err);
/* *same: r is an edit (a stored record) whose n fields named still hold the
 * values stored; false for a new record. The rules that look at other
 * records as they are today let such an edit be (a remark changed on a
 * line of three years ago). */
int records_unchanged(struct session *s, const struct record *r, const char *const *fields,
                      int n, bool *same, struct gerr *err);
int records_get(struct session *s, const struct form *form, int64_t id, struct record **out,
                struct gerr *err);

/* Applies the assignments to r (parse only; refs left unresolved). */
int records_apply(struct record *r, const struct assign *a, int n, struct gerr *err);
/* Resolves refs, applies the form's rules and checks required, future and
 * unique fields, reading the database inside the caller's transaction. */
int records_validate(struct session *s, struct record *r, struct gerr *err);

/* The check of one value alone that needs the session (a date or time not
 * in the future), as the screen runs it when the user leaves the field;
 * records_validate runs it again on save. */
int records_check_value(struct session *s, const struct field *f, const struct value *v,
                        struct gerr *err);
/* Parses a value as a filter: like field_parse, with refs resolved. */
int records_parse_value(struct session *s, const struct field *f, const char *text,
                        struct value *v, struct gerr *err);
/* db_list for a user who may view the form. */
int records_list(struct session *s, const struct list_query *q,
                 int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err);

/* The audit trail of one record, oldest first. */
int records_history(struct session *s, const struct form *form, int64_t id,
                    int (*row)(void *ud, const struct audit_row *a), void *ud,
                    struct gerr *err);

/* A value from the audit trail's storage text, for people ("" for NULL). */
char *records_describe(struct session *s, const struct field *f, const char *stored);

#endif
