/* Trace (追溯): given a batch or serial number, every buyer and every
 * patient. The command line and the trace screen both call trace_find. */
#ifndef GSPDESK_TRACE_H
#define GSPDESK_TRACE_H

#include <stdbool.h>

#include "core/session.h"
#include "db/db_trace.h"

/* product (code or exact name) may be NULL or empty: any product. Exactly
 * one of batch and serial; GERR_USAGE otherwise. */
int trace_find(struct session *s, const char *product, const char *batch, const char *serial,
               struct trace *out, struct gerr *err);

/* A number typed without saying which: the batch, else (when nothing has
 * that batch) the serial number; *by_serial (may be NULL) says which. */
int trace_find_number(struct session *s, const char *product, const char *number,
                      struct trace *out, bool *by_serial, struct gerr *err);

#endif
