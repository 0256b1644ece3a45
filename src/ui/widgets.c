/* What every screen shares: the frame, messages, prompts and key reading. */
#include "config.h"
#include "ui/ui.h"
#include "ui/lineedit.h"
#include "base/i18n.h"
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

void ui_frame(struct ui *ui, const char *title, const enum action *keys)
{
	int cols = term_cols(), lines = term_lines();
	char left[256];
	snprintf(left, sizeof left, " gspdesk · %s", title);
	term_text(0, 0, cols, R_TITLE, left);
	if (ui->message[0]) {
		term_text(lines - 2, 0, cols, ui->message_role, ui->message);
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

enum action ui_key(struct ui *ui, struct key *k)
{
	if (ui->quit) { /* once quitting, no question holds the program up */
		k->fn = true;
		k->code = 0;
		return ACT_QUIT;
	}
	for (;;) {
		int got = term_key_within(k, ui->locked ? 0 : ui->idle_ms);
		if (got == 0) {
			/* idle: the screen underneath keeps its state; the caller
			 * redraws it as after a resize */
			if (!screen_unlock(ui))
				return ACT_QUIT;
			return ACT_RESIZE;
		}
		if (got < 0) {
			ui->quit = true;
			return ACT_QUIT;
		}
		enum action a = keys_action(k);
		if (a == ACT_RESIZE && !term_big_enough())
			continue; /* wait here until the window is large enough */
		if (a != ACT_RESIZE)
			ui->message[0] = '\0';
		return a;
	}
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

/* Draws text on the lines just above line y: one, or two when it is wider
 * than the window (split between characters). */
static void draw_above(int y, const char *text)
{
	int cols = term_cols(), w = 0;
	size_t at = 0, n = strlen(text);
	if (text_width(text) <= cols) {
		term_text(y - 1, 0, cols, R_WARNING, text);
		return;
	}
	while (at < n) {
		wchar_t wc;
		size_t len = utf8_decode(text + at, n - at, &wc);
		if (len == 0 || w + wc_cells(wc) > cols)
			break;
		w += wc_cells(wc);
		at += len;
	}
	struct strbuf first = STRBUF_INIT;
	sb_addn(&first, text, at);
	term_text(y - 2, 0, cols, R_WARNING, sb_str(&first));
	term_text(y - 1, 0, cols, R_WARNING, text + at);
	sb_free(&first);
}

/* Runs a line editor on the status line until Enter or Esc; about, when
 * given, stays on the lines above (what the answer is about). */
static bool edit_line(struct ui *ui, const char *about, const char *question,
                      struct lineedit *le)
{
	for (;;) {
		int y = term_lines() - 2, cols = term_cols();
		int qw = text_width(question) + 1;
		if (about)
			draw_above(y, about);
		term_fill(y, 0, cols, R_NORMAL);
		term_text(y, 0, qw, R_TITLE, question);
		struct strbuf view = STRBUF_INIT;
		int cur = 0;
		le_view(le, cols - qw - 1, &view, &cur);
		term_text(y, qw, cols - qw, R_FIELD_ACTIVE, sb_str(&view));
		sb_free(&view);
		term_cursor(y, qw + cur, true);
		term_flush();
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_OPEN)
			return true;
		if (a == ACT_BACK || a == ACT_QUIT)
			return false;
		ui_edit_key(le, a, &k);
	}
}

static bool prompt_about(struct ui *ui, const char *about, const char *question,
                         const char *initial, char **out)
{
	struct lineedit le;
	le_init(&le, 500);
	le_set(&le, initial ? initial : "");
	bool ok = edit_line(ui, about, question, &le);
	*out = ok ? le_text(&le) : NULL;
	le_free(&le);
	return ok;
}

bool ui_prompt(struct ui *ui, const char *question, const char *initial, char **out)
{
	return prompt_about(ui, NULL, question, initial, out);
}

bool ui_prompt_about(struct ui *ui, const char *about, const char *question, char **out)
{
	return prompt_about(ui, about, question, "", out);
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
	bool asked = prompt_about(ui, sb_str(&about), question, "", &reason);
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

const enum action *ui_keys_for_role(struct ui *ui, const struct form *form,
                                    const enum action *keys, enum action *out, int max)
{
	int n = 0;
	for (; *keys != ACT_NONE && n < max - 1; keys++) {
		if ((*keys == ACT_NEW && !perm_allowed(ui->s.user.role, form, PERM_ADD)) ||
		    (*keys == ACT_VOID && !perm_allowed(ui->s.user.role, form, PERM_VOID)))
			continue;
		out[n++] = *keys;
	}
	out[n] = ACT_NONE;
	return out;
}

bool ui_confirm(struct ui *ui, const char *question)
{
	bool other = false; /* a key that is no answer: say which keys are */
	for (;;) {
		int y = term_lines() - 2;
		char text[512];
		snprintf(text, sizeof text, "%s (%s)%s%s", question, _("y/n"), other ? "  " : "",
		         other ? _("Press y for yes, n or Esc for no.") : "");
		term_text(y, 0, term_cols(), R_ERROR, text);
		term_cursor(y, 0, false);
		term_flush();
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_BACK || a == ACT_QUIT)
			return false;
		if (!k.fn && (k.code == 'y' || k.code == 'Y' || k.code == L'是'))
			return true;
		if (!k.fn && (k.code == 'n' || k.code == 'N' || k.code == L'否'))
			return false;
		other = a != ACT_RESIZE;
	}
}

bool ui_ask_file(struct ui *ui, const char *name, char **path, bool *force)
{
	char *dir = getcwd(NULL, 0);
	const char *home = getenv("HOME");
	struct strbuf full = STRBUF_INIT;
	sb_addf(&full, "%s/%s", dir ? dir : home && *home ? home : ".", name);
	free(dir);
	bool ok = ui_prompt(ui, _("Write to file:"), sb_str(&full), path);
	sb_free(&full);
	if (!ok)
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

int ui_choose(struct ui *ui, const char *title, const char *const *items, int n, int initial)
{
	static const enum action keys[] = { ACT_OPEN, ACT_UP, ACT_DOWN, ACT_BACK, ACT_NONE };
	int sel = initial >= 0 && initial < n ? initial : 0;
	while (!ui->quit) {
		int w = text_width(title) + 4;
		for (int i = 0; i < n; i++)
			if (text_width(items[i]) + 4 > w)
				w = text_width(items[i]) + 4;
		if (w > term_cols() - 2)
			w = term_cols() - 2;
		int h = n + 2 < term_lines() - 4 ? n + 2 : term_lines() - 4;
		int y = (term_lines() - h) / 2, x = (term_cols() - w) / 2;
		int first = sel >= h - 2 ? sel - (h - 3) : 0;
		term_text(y, x, w, R_STATUS, title);
		for (int i = 0; i < h - 2; i++) {
			int k = first + i;
			term_fill(y + 1 + i, x, w, R_NORMAL);
			if (k < n)
				term_text(y + 1 + i, x + 1, w - 2, k == sel ? R_SELECTED : R_NORMAL, items[k]);
		}
		term_fill(y + h - 1, x, w, R_STATUS);
		keys_bar(keys);
		term_cursor(0, 0, false);
		term_flush();
		struct key k;
		switch (ui_key(ui, &k)) {
		case ACT_OPEN: return sel;
		case ACT_BACK:
		case ACT_QUIT: return -1;
		case ACT_UP: sel = sel > 0 ? sel - 1 : n - 1; break;
		case ACT_DOWN: sel = sel < n - 1 ? sel + 1 : 0; break;
		case ACT_HOME: sel = 0; break;
		case ACT_END: sel = n - 1; break;
		default: break;
		}
	}
	return -1;
}
