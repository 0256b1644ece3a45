/* The full-screen program: its state and the screens' entry points. */
#ifndef GSPDESK_UI_H
#define GSPDESK_UI_H

#include <stdbool.h>

#include "core/session.h"
#include "model/record.h"
#include "ui/keys.h"

struct due_cache;

struct ui {
	struct session s;
	const char *user_hint; /* --user or $GSPDESK_USER, to fill the login */
	bool quit;             /* leave every screen now */
	char message[512];     /* shown on the status line until the next key */
	enum role message_role;
	long idle_ms;          /* lock the screen after this long without a key; 0 never */
	bool locked;           /* the lock screen is up: no lock inside it */
	struct due_cache *due; /* the menu's due counts (ui_due_counts) */
	struct screen *top;    /* the screen stack (ui/stack.h) */
	int logins;            /* successful logins so far: a screen below sees a new one */
	const char *note;      /* the status line's text instead of who and where (ui_frame) */
};

/* Runs the program; returns the exit status. */
int ui_main(const char *db_option, const char *user_option);

/* ---- widgets (ui/widgets.c) ---- */
/* Title bar, status line (or the pending message) and key bar. */
void ui_frame(struct ui *ui, const char *title, const enum action *keys);
void ui_message(struct ui *ui, enum role role, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* What the marks of record r (a list's highlighted row, a form's record)
 * mean, for the status line: ✗ and the void reason, ! and why a complaint
 * is late; NULL when it has none. Written into buf. */
const char *ui_marks_note(struct ui *ui, const struct record *r, char *buf, size_t size);
/* Says on the status line, at once, what is being done (a long import,
 * a report); the caller's outcome message replaces it, or it clears it. */
void ui_busy(struct ui *ui, const char *title, const char *doing);
/* A one-line question on the status line. Returns false when cancelled
 * with Esc; *out is malloc'd. */
bool ui_prompt(struct ui *ui, const char *question, const char *initial, char **out);
/* A date asked for, out[] its initial value: out becomes the day given
 * (YYYY-MM-DD), or "" for an empty answer. False when cancelled, or when
 * the answer is not a date (said on the status line; out unchanged). */
bool ui_ask_date(struct ui *ui, const char *question, char out[11]);
/* The same for a reason the audit trail keeps: an empty one is refused in
 * words, without the command line's option. */
bool ui_prompt_reason(struct ui *ui, const char *question, char **out);
/* The same, with what the answer is about on the lines above it. */
bool ui_prompt_about(struct ui *ui, const char *about, const char *question, char **out);
/* F8 on record r of form: refuses a role that may not void before anything
 * is typed, shows what is to be voided above the question for the reason,
 * voids it with its lines. True when voided; the message says what
 * happened either way. */
bool ui_void(struct ui *ui, const struct form *form, const struct record *r);
struct lineedit;
/* The editing keys (arrows, Home/End, Backspace, Del, ^U, typing) applied
 * to le. Returns false when the action is not an editing one. */
bool ui_edit_key(struct lineedit *le, enum action a, const struct key *k);
/* A pop-up list of items; returns the index chosen or -1 (Esc). */
int ui_choose(struct ui *ui, const char *title, const char *const *items, int n, int initial);
/* The same, with F1 telling purpose (translated): what the choice is for. */
int ui_choose_about(struct ui *ui, const char *title, const char *purpose,
                    const char *const *items, int n, int initial);
/* Asks a yes/no question; Esc means no. */
bool ui_confirm(struct ui *ui, const char *question);
/* Asks where to write a workbook, offering name in the current folder (or
 * the home folder), and whether to replace a file already there. False
 * when the user gave up; else *path (malloc'd) and *force are set. */
bool ui_ask_file(struct ui *ui, const char *name, char **path, bool *force);
/* Asks question for a file to read, offering the current folder (or the
 * home folder). False when the user gave up; else *path is malloc'd. */
bool ui_ask_read(struct ui *ui, const char *question, char **path);
/* Says what became of the file written to path: rc's refusal, or where it
 * went. */
void ui_written(struct ui *ui, int rc, const struct gerr *err, const char *path);

/* ^P: record id of form as its paper document, asking which when the
 * form has several and where to write it (ui/print_doc.c); ui_printable
 * says whether the form has one. */
bool ui_printable(const struct form *form);
void ui_print_record(struct ui *ui, const struct form *form, int64_t id);

/* ---- screens ---- */
bool screen_login(struct ui *ui);
/* Someone logs in anew over the screens open (after a logout or a
 * restore), as from the start: no idle lock on the login screen, the due
 * counts made again for the new role. False when they gave up: the
 * program quits. */
bool ui_login_again(struct ui *ui);
/* The main menu's log out: the session ends (logged as a logout) and
 * anyone may log in, with their own role; F10 or Esc there quits. */
void screen_logout(struct ui *ui);
/* Asks the logged-in user's password again after the idle time; false
 * when they gave up (the program quits). */
bool screen_unlock(struct ui *ui);
/* The idle time in ms: the idle_lock_minutes setting (0: never), or seconds
 * ($GSPDESK_IDLE_LOCK_SECONDS: tests cannot wait minutes) when that is a
 * whole number that locks sooner. */
long ui_idle_ms(int minutes, const char *seconds);
/* Reads the idle time of the session's setting and environment. */
void ui_idle_setup(struct ui *ui);
void screen_menu(struct ui *ui);
void screen_list(struct ui *ui, const struct form *form);
/* Opens record id (0: a new one); returns the id saved, or 0. */
int64_t screen_form(struct ui *ui, const struct form *form, int64_t id);
/* Record id's history: who changed what, when and why (ui/screen_history.c). */
void screen_history(struct ui *ui, const struct form *form, int64_t id);
/* Lets the user choose a record of form; returns its id or 0 (cancelled). */
int64_t screen_picker(struct ui *ui, const struct form *form, const char *initial);
/* The database tools of the menu (ui/screen_tools.c). */
void screen_check(struct ui *ui);
void screen_backup(struct ui *ui);
void screen_restore(struct ui *ui);
/* Trace a batch or serial number (ui/screen_trace.c). */
void screen_trace(struct ui *ui);
/* Stock on hand per batch, read-only (ui/screen_stock.c). */
void screen_stock(struct ui *ui);
/* One customer's archive on one scrollable page (ui/screen_archive.c). */
void screen_archive(struct ui *ui, int64_t customer_id);
/* One supplier's: its qualification, receipts, lines and rejected lines. */
void screen_supplier_archive(struct ui *ui, int64_t supplier_id);
/* One recall's status, its buyers told and goods returned (ui/screen_recall.c). */
void screen_recall(struct ui *ui, int64_t recall_id);
/* The due list within 30 days, of one kind or (NULL) all, by kind
 * (ui/screen_due.c). */
void screen_due(struct ui *ui, const char *kind);
/* The kinds with rows due within 30 days for the user's role (the
 * counts are kept in ui->due while nothing changes); NULL on error. */
const struct due_cache *ui_due_counts(struct ui *ui);
/* Chooses a form and a CSV file, previews the mapping, imports. */
void screen_import(struct ui *ui);
/* Chooses a report, asks for its period and file, writes it. */
void screen_reports(struct ui *ui);

#endif
