/* The due list's sources, one file each (core/due_*.c), for the forms
 * that declare them (struct form's due). Only the descriptions: forms
 * need nothing else of the due list. */
#ifndef GSPDESK_DUE_SOURCES_H
#define GSPDESK_DUE_SOURCES_H

struct due_source;

extern const struct due_source due_resterilise; /* sales */
extern const struct due_source due_expiring;    /* sales */
extern const struct due_source due_implant;     /* sales */
extern const struct due_source due_complaint;   /* complaints */
extern const struct due_source due_repair;      /* service */
extern const struct due_source due_event;       /* events */
extern const struct due_source due_notice;      /* events */
extern const struct due_source due_recall;      /* recalls */
extern const struct due_source due_retrain;     /* attendees */
extern const struct due_source due_calendar;    /* holidays */
extern const struct due_source due_qualification; /* suppliers */

#endif
