/* Records of any form: read one, insert, update, void, and the lookups
 * the field rules need (a reference by code or name, a value taken). */
#ifndef GSPDESK_DB_RECORD_H
#define GSPDESK_DB_RECORD_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "model/record.h"

struct db;

/* One stored field of a record (not a ref: those need their join), for a
 * rule that copies it: cheaper than the whole record. GERR_INPUT naming
 * "id" when there is no such record. */
int db_record_field(struct db *db, const struct form *form, int64_t id, const struct field *f,
                    struct value *out, struct gerr *err);
int db_record_get(struct db *db, const struct form *form, int64_t id,
                  struct record **out, struct gerr *err);
/* Sets r->id and r->version. */
int db_record_insert(struct db *db, struct record *r, const char *user,
                     const char *at, struct gerr *err);
/* Writes every field of r where the stored version is still r->version;
 * a newer stored version means someone else saved first: GERR_INPUT. */
int db_record_update(struct db *db, struct record *r, const char *user,
                     const char *at, struct gerr *err);
int db_record_void(struct db *db, struct record *r, const char *reason,
                   const char *user, const char *at, struct gerr *err);
/* Resolves v->text (a code, else an exact name) to a live record of form. */
int db_ref_resolve(struct db *db, const struct field *f, const struct form *target,
                   struct value *v, struct gerr *err);
/* True when another record (not exclude_id) already has this value. */
int db_value_taken(struct db *db, const struct form *form, const struct field *f,
                   const struct value *v, int64_t exclude_id, bool *taken,
                   struct gerr *err);

/* True when another live record (not exclude_id) has the same values of the
 * n fields idx[] (values v[idx[i]]). */
int db_values_taken(struct db *db, const struct form *form, const int *idx,
                    const struct value *v, int n, int64_t exclude_id, bool *taken,
                    struct gerr *err);

#endif
