/* The audit trail's hash chain: each row's SHA-256 covers its own content
 * and the previous row's hash, so a row changed, removed or inserted behind
 * the program's back breaks the chain at that point. */
#ifndef GSPDESK_CHAIN_H
#define GSPDESK_CHAIN_H

#include <stdbool.h>
#include <stdint.h>

#define CHAIN_HEX 65 /* 64 hex digits and the terminator */

/* One audit row as stored; NULL for SQL NULL. */
struct chain_row {
	int64_t id;
	const char *at, *user, *form;
	int64_t record_id; /* 0: none */
	const char *action, *changes, *reason;
	const char *hash;  /* as stored; NULL on rows older than the chain */
};

/* The hash row should carry after the row whose hash is prev ("" for the
 * first). Each part is length-prefixed, so no two rows hash alike. */
void chain_hash(const struct chain_row *row, const char *prev, char out[CHAIN_HEX]);

/* The chain's last row: what an office keeps outside the file (a backup's
 * FILE.head, a note, a mail) so that a chain rewritten from some row on
 * can be told from the one it had. id 0: no audit row yet. */
struct chain_head {
	int64_t id;
	char hash[CHAIN_HEX];
};
#define CHAIN_HEAD_TEXT (24 + CHAIN_HEX)

/* "ID HASH", as `gspdesk check --head` prints it and FILE.head keeps it. */
void chain_head_format(const struct chain_head *h, char out[CHAIN_HEAD_TEXT]);
/* Reads that text back (spaces around it allowed); false when it is not one. */
bool chain_head_parse(const char *text, struct chain_head *h);

#endif
