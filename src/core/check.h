/* `gspdesk check`: is the database whole, is the audit chain unbroken, and
 * does every record hold what its audit rows say it should? */
#ifndef GSPDESK_CHECK_H
#define GSPDESK_CHECK_H

#include "base/chain.h"
#include "core/session.h"

/* One problem found. form, record_id, field, stored and audited are set
 * when the problem is a record's value (else NULL / 0); text says it all
 * in the user's language. */
struct check_finding {
	const char *form;
	int64_t record_id;
	const char *field;
	const char *stored, *audited;
	const char *text;
};

struct check_summary {
	int findings;
	int64_t audit_rows, records;
};

/* Runs every check, calling finding() for each problem; needs PERM_CHECK.
 * SQLite's quick_check stands for its integrity_check. */
int check_database(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
                   void *ud, struct check_summary *sum, struct gerr *err);
/* The same without a login, with the full integrity_check: for a backup
 * about to be restored or just made. */
int check_run(struct session *s, void (*finding)(void *ud, const struct check_finding *f),
              void *ud, struct check_summary *sum, struct gerr *err);

/* check_database, and the chain must hold the row anchor names (NULL:
 * none), hash and all (a head kept outside the file: a backup's, a
 * note's); full: SQLite's integrity_check rather than quick_check. */
int check_against(struct session *s, const struct chain_head *anchor, bool full,
                  void (*finding)(void *ud, const struct check_finding *f), void *ud,
                  struct check_summary *sum, struct gerr *err);
/* The chain head as "ID HASH", for `check --head`, backups and the footer
 * of every printed report. Needs no permission: it tells nothing. */
int check_head_text(struct session *s, char out[CHAIN_HEAD_TEXT], struct gerr *err);
/* The head kept at path: a backup file's last audit row, or a text file
 * holding "ID HASH" (FILE.head). */
int check_anchor_read(const char *path, struct chain_head *h, struct gerr *err);

#endif
