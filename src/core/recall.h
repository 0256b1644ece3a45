/* Recall campaigns (召回, 医疗器械召回管理办法): open one on a product's batch
 * or serial number, tell every buyer the trace finds, record what comes
 * back, close it. While it is open the goods may not be sold. */
#ifndef GSPDESK_RECALL_H
#define GSPDESK_RECALL_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct session;
struct record;
struct value;
struct field;

/* Days the buyers must be told within, by recall class: I 1, II 3, III 7
 * (一级召回 1 日内, 二级 3 日内, 三级 7 日内); 0 for an unknown class. */
int recall_class_days(const char *cls);

/* The time by which the buyers must be told: opened ("2025-03-05 14:30")
 * plus the class's days, into out; false when either is unreadable. */
bool recall_deadline(const char *opened, const char *cls, char out[17]);

/* Where one buyer stands: told or not (late once the deadline passed
 * before now), and how much came back. */
enum recall_state {
	RECALL_UNTOLD,
	RECALL_LATE,          /* not told, past the deadline */
	RECALL_TOLD,
	RECALL_PART_RETURNED, /* told, some units back */
	RECALL_RETURNED       /* every unit sold is back */
};
/* For a recall_recipients record; deadline and now as "2025-03-05 14:30"
 * (a closed recall passes its closing time as now). */
enum recall_state recall_recipient_state(const struct record *recipient, const char *deadline,
                                         const char *now);
const char *recall_state_label(enum recall_state st); /* translated */

/* Creates the recall and one recipient per buyer of the trace (with the
 * units sold to it), in one transaction. *nrecipients may be NULL. */
int recall_open(struct session *s, const char *product, const char *batch, const char *serial,
                const char *cls, const char *reason, int64_t *id, int *nrecipients,
                struct gerr *err);
/* Records that customer (code or name) was told by the user at `at`
 * ("2025-03-05 14:30"; NULL: now), never in the future nor before the
 * recall was opened. */
int recall_notify(struct session *s, int64_t id, const char *customer, const char *how,
                  const char *note, const char *reply, const char *at, struct gerr *err);
/* Adds qty units to what customer sent back, at `at` as for notify; never
 * more than it bought. */
int recall_return(struct session *s, int64_t id, const char *customer, int64_t qty,
                  const char *at, struct gerr *err);
/* The recall recipients' void_check: none is voided while its recall is
 * open (the buyers are the ledger's, not a choice). */
int recall_check_void(struct session *s, const struct record *r, struct gerr *err);
/* Closes the recall. Buyers not yet told, or told with units not all
 * back, refuse it unless force; the message names each. */
int recall_close(struct session *s, int64_t id, const char *reason, bool force,
                 struct gerr *err);

/* The sales form's check: a line of goods under an open recall is refused. */
int recall_check_sale(struct session *s, struct record *r, struct gerr *err);
/* The same for any record with product, batch and serial fields: a sales
 * line, or (receiving) a receipt line. */
int recall_check_goods(struct session *s, struct record *r, bool receiving, struct gerr *err);
/* The same for one unit named by its parts: a replacement an exchange
 * gives out (a recall is not dodged by handing the batch over as a
 * replacement instead of selling it). fb, fs: the fields to name. */
enum recall_use { RECALL_SOLD, RECALL_RECEIVED, RECALL_EXCHANGED };
int recall_check_unit(struct session *s, int64_t product, const struct value *batch,
                      const struct value *serial, const struct field *fb, const struct field *fs,
                      enum recall_use use, struct gerr *err);

#endif
