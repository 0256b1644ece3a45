/* Login: user and password (not echoed). Enter moves from the user to the
 * password and logs in from there; a refusal never says which was wrong.
 * Logging out from the menu comes back here, in the same program. */
#include "config.h"
#include "ui/stack.h"
#include "ui/lineedit.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "core/due.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct login {
	struct lineedit user, pass;
	int focus;
	bool ok;
	char *name; /* unlocking: the user logged in */
};

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct login *lg = sc->self;
	struct lineedit *user = &lg->user, *pass = &lg->pass;
	int focus = lg->focus;
	sc->title = _("Log in");
	int y = term_lines() / 2 - 3, cols = term_cols();
	const char *lu = _("User:"), *lp = _("Password:");
	int lw = text_width(lu) > text_width(lp) ? text_width(lu) : text_width(lp);
	int x = (cols - lw - 26) / 2;
	term_text(y - 2, x, cols - x, R_TITLE, _("Product sales, complaints, quality, surveys and training records"));
	term_text(y, x, lw, R_NORMAL, lu);
	term_text(y + 2, x, lw, R_NORMAL, lp);
	struct strbuf view = STRBUF_INIT;
	int cur = 0;
	le_view(user, 24, &view, &cur);
	term_text(y, x + lw + 2, 24, focus == 0 ? R_FIELD_ACTIVE : R_FIELD, sb_str(&view));
	int ucur = cur;
	sb_reset(&view);
	for (size_t i = 0; i < pass->len && i < 24; i++)
		sb_addc(&view, '*');
	term_text(y + 2, x + lw + 2, 24, focus == 1 ? R_FIELD_ACTIVE : R_FIELD, sb_str(&view));
	sb_free(&view);
	if (focus == 0)
		term_cursor(y, x + lw + 2 + ucur, true);
	else
		term_cursor(y + 2, x + lw + 2 + (int)(pass->len < 24 ? pass->len : 24), true);
}

/* Logs in as name with the typed password, which is then wiped; true when
 * accepted, else the message says why not. */
static bool try_login(struct ui *ui, const char *name, struct lineedit *pass)
{
	char *password = le_text(pass);
	struct gerr err = { 0 };
	bool ok = session_login(&ui->s, name, password, &err) == GERR_OK;
	if (!ok)
		ui_message(ui, R_ERROR, "%s", err.msg);
	/* wipe the typed password from memory */
	memset(password, 0, strlen(password));
	free(password);
	return ok;
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	struct login *lg = sc->self;
	switch (a) {
	case ACT_QUIT:
	case ACT_BACK:
		ui->quit = true;
		break;
	case ACT_NEXT:
	case ACT_DOWN:
	case ACT_UP:
	case ACT_PREV:
		lg->focus = !lg->focus;
		break;
	case ACT_OPEN:
		if (lg->focus == 0) {
			lg->focus = 1;
			break;
		}
		{
			char *name = le_text(&lg->user);
			lg->ok = try_login(ui, name, &lg->pass);
			if (!lg->ok)
				le_clear(&lg->pass);
			free(name);
		}
		break;
	default:
		ui_edit_key(lg->focus == 0 ? &lg->user : &lg->pass, a, k);
		break;
	}
	return lg->ok ? STEP_CLOSE : STEP_STAY;
}

static void login_free(struct login *lg)
{
	if (lg->pass.chars)
		memset(lg->pass.chars, 0, lg->pass.cap * sizeof *lg->pass.chars);
	le_free(&lg->user);
	le_free(&lg->pass);
	free(lg->name);
}

bool screen_login(struct ui *ui)
{
	static const enum action keys[] = { ACT_OPEN, ACT_NEXT, ACT_QUIT, ACT_NONE };
	struct login lg = { 0 };
	le_init(&lg.user, 32);
	le_init(&lg.pass, 200);
	le_set(&lg.user, ui->user_hint ? ui->user_hint : "");
	lg.focus = lg.user.len ? 1 : 0;
	struct screen sc = { .keys = keys, .draw = draw, .handle = handle, .self = &lg };
	ui_run(ui, &sc);
	bool ok = lg.ok;
	login_free(&lg);
	if (ok)
		ui->logins++;
	return ok;
}

bool ui_login_again(struct ui *ui)
{
	ui->idle_ms = 0; /* nobody to lock the login screen for */
	if (ui->due) /* counted for the role before */
		ui->due->valid = false;
	if (!screen_login(ui)) {
		ui->quit = true;
		return false;
	}
	ui_idle_setup(ui); /* a restored database has its own setting */
	return true;
}

void screen_logout(struct ui *ui)
{
	char *name = xstrdup(ui->s.user.name);
	struct gerr err = { 0 };
	if (session_logout(&ui->s, &err))
		ui_message(ui, R_ERROR, "%s", err.msg);
	else
		ui_message(ui, R_HINT, _("%s logged out."), name);
	free(name);
	ui->user_hint = NULL; /* the next one types their own name */
	ui_login_again(ui);
}

static void draw_lock(struct screen *sc, struct ui *ui)
{
	const struct lineedit *pass = &((struct login *)sc->self)->pass;
	sc->title = _("Locked");
	int y = term_lines() / 2 - 3, cols = term_cols();
	char line[256];
	term_text(y - 2, 2, cols - 4, R_TITLE,
	          _("Locked: no key was pressed for a while. What was open stays open."));
	snprintf(line, sizeof line, _("Password for %s:"), ui->s.user.name);
	int lw = text_width(line), x = (cols - lw - 26) / 2;
	term_text(y, x, lw, R_NORMAL, line);
	char stars[25] = "";
	size_t n = pass->len < 24 ? pass->len : 24;
	memset(stars, '*', n);
	stars[n] = '\0';
	term_text(y, x + lw + 2, 24, R_FIELD_ACTIVE, stars);
	term_cursor(y, x + lw + 2 + (int)n, true);
}

static enum step handle_lock(struct screen *sc, struct ui *ui, enum action a,
                             const struct key *k)
{
	struct login *lg = sc->self;
	if (a == ACT_QUIT) {
		/* nobody proved who they are, so nothing open is saved: what was
		 * typed is lost, which F10 pressed by habit must not do unasked */
		if (ui_confirm(ui, _("Quit? Anything typed and not saved is lost.")))
			ui->quit = true;
	} else if (a == ACT_OPEN) {
		/* the same user only: someone else would inherit the open form */
		lg->ok = try_login(ui, lg->name, &lg->pass);
		le_clear(&lg->pass);
	} else if (a != ACT_BACK) {
		ui_edit_key(&lg->pass, a, k);
	}
	return lg->ok ? STEP_CLOSE : STEP_STAY;
}

bool screen_unlock(struct ui *ui)
{
	static const enum action keys[] = { ACT_OPEN, ACT_QUIT, ACT_NONE };
	struct login lg = { .name = xstrdup(ui->s.user.name) };
	le_init(&lg.user, 1);
	le_init(&lg.pass, 200);
	ui->locked = true;
	ui->message[0] = '\0';
	struct screen sc = { .keys = keys, .draw = draw_lock, .handle = handle_lock, .self = &lg };
	ui_run(ui, &sc);
	ui->locked = false;
	bool ok = lg.ok;
	login_free(&lg);
	return ok;
}
