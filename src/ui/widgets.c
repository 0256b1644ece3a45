/* What every screen shares: the frame, messages and the questions asked
 * over a screen (a line, yes or no, a choice from a list). */
#include "config.h"
#include "ui/stack.h"
#include "ui/lineedit.h"
#include "base/date.h"
#include "base/i18n.h"
#include "core/complaints.h"
#include "core/lines.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "db/db.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void ui_message(struct ui *ui, enum role role, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->message, sizeof ui->message, fmt, ap);
	va_end(ap);
	ui->message_role = role;
}

/* A message takes this many lines at most, the status line and those
 * above it. */
#define MESSAGE_LINES 4

/* text wrapped by display width on the lines ending at line bottom (at
 * most max, the last ending with "…" when more would follow), over what
 * the screen drew there: every key draws the screen again. */
static void draw_wrapped(int bottom, int max, enum role role, const char *text)
{
	int cols = term_cols();
	char **lines;
	int n = text_wrap(text, cols, &lines);
	int shown = n < max ? n : max;
	for (int i = 0; i < shown; i++) {
		struct strbuf b = STRBUF_INIT;
		sb_add(&b, lines[i]);
		if (i == shown - 1 && n > shown)
			sb_add(&b, "…"); /* past the edge, term_text cuts it with its own */
		term_text(bottom - shown + 1 + i, 0, cols, role, sb_str(&b));
		sb_free(&b);
	}
	text_lines_free(lines, n);
}

void ui_frame(struct ui *ui, const char *title, const enum action *keys)
{
	int cols = term_cols(), lines = term_lines();
	char left[256];
	snprintf(left, sizeof left, " gspdesk · %s", title);
	term_text(0, 0, cols, R_TITLE, left);
	if (ui->message[0]) {
		term_fill(lines - 2, 0, cols, ui->message_role);
		draw_wrapped(lines - 2, MESSAGE_LINES, ui->message_role, ui->message);
	} else if (ui->note && *ui->note) {
		term_fill(lines - 2, 0, cols, R_HINT);
		draw_wrapped(lines - 2, 1, R_HINT, ui->note);
	} else {
		char status[512];
		if (ui->s.user.name)
			snprintf(status, sizeof status, " %s (%s)  %s  %s", ui->s.user.name,
			         role_label(ui->s.user.role), db_path(ui->s.db), ui->s.today);
		else
			snprintf(status, sizeof status, " %s  %s", db_path(ui->s.db), ui->s.today);
		term_text(lines - 2, 0, cols, R_STATUS, status);
	}
	keys_bar(keys);
}

const char *ui_marks_note(struct ui *ui, const struct record *r, char *buf, size_t size)
{
	if (!r)
		return NULL;
	if (r->voided) {
		snprintf(buf, size, _("✗ void: %s"), r->void_reason ? r->void_reason : "");
		return buf;
	}
	char why[400];
	complaint_why_late(&ui->s, r, why, sizeof why);
	if (!*why)
		return NULL;
	snprintf(buf, size, _("! late: %s"), why);
	return buf;
}

void ui_busy(struct ui *ui, const char *title, const char *doing)
{
	ui_message(ui, R_HINT, "%s", doing);
	ui_frame(ui, title, (const enum action[]){ ACT_NONE });
	term_flush();
}

bool ui_edit_key(struct lineedit *le, enum action a, const struct key *k)
{
	switch (a) {
	case ACT_LEFT: le_left(le); return true;
	case ACT_RIGHT: le_right(le); return true;
	case ACT_HOME: le_home(le); return true;
	case ACT_END: le_end(le); return true;
	case ACT_BACKSPACE: le_backspace(le); return true;
	case ACT_DELETE: le_delete(le); return true;
	case ACT_CLEAR: le_clear(le); return true;
	case ACT_NONE:
	case ACT_SEARCH: /* '/' is typed like any character in a field */
		if (k->fn || !le_insert(le, (wchar_t)k->code))
			term_beep();
		return true;
	default:
		return false;
	}
}

struct question {
	const char *about, *text;
	struct lineedit *le;
	bool answered, other;
	bool required;              /* an empty answer is refused (a reason) */
	int sel, n;                 /* ui_choose */
	const char *const *items;
};

static void draw_line(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct question *q = sc->self;
	int y = term_lines() - 2, cols = term_cols();
	int qw = text_width(q->text) + 1;
	if (q->about)
		draw_wrapped(y - 1, MESSAGE_LINES - 1, R_WARNING, q->about);
	term_fill(y, 0, cols, R_NORMAL);
	term_text(y, 0, qw, R_TITLE, q->text);
	struct strbuf view = STRBUF_INIT;
	int cur = 0;
	le_view(q->le, cols - qw - 1, &view, &cur);
	term_text(y, qw, cols - qw, R_FIELD_ACTIVE, sb_str(&view));
	sb_free(&view);
	term_cursor(y, qw + cur, true);
}

static enum step handle_line(struct screen *sc, struct ui *ui, enum action a,
                             const struct key *k)
{
	(void)ui;
	struct question *q = sc->self;
	if (a == ACT_OPEN && q->required && q->le->len == 0) {
		/* said here, in words: the core's refusal names --reason */
		q->about = _("Give a reason: the audit trail keeps it. Esc gives up.");
		return STEP_STAY;
	}
	if (a == ACT_OPEN)
		q->answered = true;
	if (a == ACT_OPEN || a == ACT_BACK || a == ACT_QUIT)
		return STEP_CLOSE;
	ui_edit_key(q->le, a, k);
	return STEP_STAY;
}

/* Runs a line editor on the status line, over the screen, until Enter or
 * Esc (Enter on an empty line only when not required); about, when given,
 * stays on the lines above (what the answer is about). */
static bool edit_line(struct ui *ui, const char *about, const char *question,
                      struct lineedit *le, bool required)
{
	struct question q = { .about = about, .text = question, .le = le, .required = required };
	struct screen sc = { .overlay = true, .draw = draw_line, .handle = handle_line, .self = &q };
	ui_run(ui, &sc);
	return q.answered;
}

static bool prompt_about(struct ui *ui, const char *about, const char *question,
                         const char *initial, bool required, char **out)
{
	struct lineedit le;
	le_init(&le, 500);
	le_set(&le, initial ? initial : "");
	bool ok = edit_line(ui, about, question, &le, required);
	*out = ok ? le_text(&le) : NULL;
	le_free(&le);
	return ok;
}

bool ui_prompt(struct ui *ui, const char *question, const char *initial, char **out)
{
	return prompt_about(ui, NULL, question, initial, false, out);
}

bool ui_ask_date(struct ui *ui, const char *question, char out[11])
{
	char *text = NULL;
	if (!ui_prompt(ui, question, out, &text))
		return false;
	struct ymd d;
	bool ok = true;
	if (!*text) {
		out[0] = '\0';
	} else if (date_parse(text, &d) == DATE_OK) {
		date_format(&d, out);
	} else {
		ui_message(ui, R_ERROR, _("%s is not a date: write it as 2025-03-05, 2025/3/5 or 20250305"), text);
		ok = false;
	}
	free(text);
	return ok;
}

bool ui_prompt_reason(struct ui *ui, const char *question, char **out)
{
	return prompt_about(ui, NULL, question, "", true, out);
}

bool ui_prompt_about(struct ui *ui, const char *about, const char *question, char **out)
{
	return prompt_about(ui, about, question, "", true, out);
}

/* The record as a person tells it apart: its id and the values of the
 * list's columns (refs by name), one line. */
static void record_summary(const struct form *form, const struct record *r, struct strbuf *b)
{
	sb_addf(b, "#%" PRId64, r->id);
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->width <= 0 || (f->flags & F_MULTILINE) || r->v[i].null)
			continue;
		char *text = field_format(f, &r->v[i], FMT_HUMAN);
		if (*text)
			sb_addf(b, " · %s", text);
		free(text);
	}
}

bool ui_void(struct ui *ui, const struct form *form, const struct record *r)
{
	struct gerr err = { 0 };
	if (perm_check(ui->s.user.role, form, PERM_VOID, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return false;
	}
	struct strbuf about = STRBUF_INIT;
	sb_addf(&about, "%s ", _("To be voided:"));
	record_summary(form, r, &about);
	char question[160], *reason = NULL;
	snprintf(question, sizeof question, _("Void record %" PRId64 " because:"), r->id);
	bool asked = prompt_about(ui, sb_str(&about), question, "", true, &reason);
	sb_free(&about);
	if (!asked)
		return false;
	/* with its lines, as the command line does */
	int rc = lines_void(&ui->s, form, r->id, reason, r->version, &err);
	free(reason);
	if (rc) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return false;
	}
	ui_message(ui, R_HINT, _("Record %" PRId64 " is void."), r->id);
	return true;
}

static void draw_confirm(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct question *q = sc->self;
	int y = term_lines() - 2;
	char text[512];
	snprintf(text, sizeof text, "%s (%s)%s%s", q->text, _("y/n"), q->other ? "  " : "",
	         q->other ? _("Press y for yes, n or Esc for no.") : "");
	term_text(y, 0, term_cols(), R_ERROR, text);
	term_cursor(y, 0, false);
}

static enum step handle_confirm(struct screen *sc, struct ui *ui, enum action a,
                                const struct key *k)
{
	(void)ui;
	struct question *q = sc->self;
	if (a == ACT_BACK || a == ACT_QUIT)
		return STEP_CLOSE;
	if (!k->fn && (k->code == 'y' || k->code == 'Y' || k->code == L'是')) {
		q->answered = true;
		return STEP_CLOSE;
	}
	if (!k->fn && (k->code == 'n' || k->code == 'N' || k->code == L'否'))
		return STEP_CLOSE;
	q->other = a != ACT_RESIZE; /* a key that is no answer: say which keys are */
	return STEP_STAY;
}

bool ui_confirm(struct ui *ui, const char *question)
{
	struct question q = { .text = question };
	struct screen sc = { .overlay = true, .draw = draw_confirm, .handle = handle_confirm,
	                     .self = &q };
	ui_run(ui, &sc);
	return q.answered;
}

/* Asks question with name in the current folder (or the home folder)
 * as the answer to edit. */
static bool ask_here(struct ui *ui, const char *question, const char *name, char **path)
{
	char *dir = getcwd(NULL, 0);
	const char *home = getenv("HOME");
	struct strbuf full = STRBUF_INIT;
	sb_addf(&full, "%s/%s", dir ? dir : home && *home ? home : ".", name);
	free(dir);
	bool ok = ui_prompt(ui, question, sb_str(&full), path);
	sb_free(&full);
	return ok;
}

bool ui_ask_read(struct ui *ui, const char *question, char **path)
{
	return ask_here(ui, question, "", path);
}

bool ui_ask_file(struct ui *ui, const char *name, char **path, bool *force)
{
	if (!ask_here(ui, _("Write to file:"), name, path))
		return false;
	*force = false;
	if (access(*path, F_OK) == 0) {
		if (!ui_confirm(ui, _("The file exists. Replace it?"))) {
			free(*path);
			*path = NULL;
			return false;
		}
		*force = true;
	}
	return true;
}

static const enum action choose_keys[] = {
	ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_BACK, ACT_NONE
};

/* Its keys: F1 only where there is a purpose to tell. */
static const enum action *choose_bar(const struct screen *sc)
{
	return sc->purpose ? choose_keys : choose_keys + 1;
}

static void draw_choose(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct question *q = sc->self;
	int n = q->n, sel = q->sel;
	int w = text_width(q->text) + 4;
	for (int i = 0; i < n; i++)
		if (text_width(q->items[i]) + 4 > w)
			w = text_width(q->items[i]) + 4;
	if (w > term_cols() - 2)
		w = term_cols() - 2;
	int h = n + 2 < term_lines() - 4 ? n + 2 : term_lines() - 4;
	int y = (term_lines() - h) / 2, x = (term_cols() - w) / 2;
	int first = sel >= h - 2 ? sel - (h - 3) : 0;
	term_text(y, x, w, R_STATUS, q->text);
	for (int i = 0; i < h - 2; i++) {
		int k = first + i;
		term_fill(y + 1 + i, x, w, R_NORMAL);
		if (k < n)
			term_text(y + 1 + i, x + 1, w - 2, k == sel ? R_SELECTED : R_NORMAL, q->items[k]);
	}
	term_fill(y + h - 1, x, w, R_STATUS);
	keys_bar(choose_bar(sc));
	term_cursor(0, 0, false);
}

static enum step handle_choose(struct screen *sc, struct ui *ui, enum action a,
                               const struct key *k)
{
	(void)ui, (void)k;
	struct question *q = sc->self;
	switch (a) {
	case ACT_OPEN: q->answered = true; return STEP_CLOSE;
	case ACT_BACK:
	case ACT_QUIT: return STEP_CLOSE;
	case ACT_HELP: /* an overlay: the stack leaves its F1 to it */
		if (sc->purpose)
			screen_help(ui, sc, choose_bar(sc));
		break;
	case ACT_UP: q->sel = q->sel > 0 ? q->sel - 1 : q->n - 1; break;
	case ACT_DOWN: q->sel = q->sel < q->n - 1 ? q->sel + 1 : 0; break;
	case ACT_HOME: q->sel = 0; break;
	case ACT_END: q->sel = q->n - 1; break;
	default: break;
	}
	return STEP_STAY;
}

int ui_choose_about(struct ui *ui, const char *title, const char *purpose,
                    const char *const *items, int n, int initial)
{
	struct question q = { .text = title, .items = items, .n = n,
	                      .sel = initial >= 0 && initial < n ? initial : 0 };
	struct screen sc = { .overlay = true, .draw = draw_choose, .handle = handle_choose,
	                     .self = &q, .purpose = purpose };
	ui_run(ui, &sc);
	return q.answered ? q.sel : -1;
}

int ui_choose(struct ui *ui, const char *title, const char *const *items, int n, int initial)
{
	return ui_choose_about(ui, title, NULL, items, n, initial);
}

void ui_written(struct ui *ui, int rc, const struct gerr *err, const char *path)
{
	if (rc)
		ui_message(ui, R_ERROR, "%s", err->msg);
	else
		ui_message(ui, R_HINT, _("Wrote %s."), path);
}
