/* Login: user and password (not echoed). Enter moves from the user to the
 * password and logs in from there; a refusal never says which was wrong. */
#include "config.h"
#include "ui/ui.h"
#include "ui/lineedit.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void draw(struct ui *ui, struct lineedit *user, struct lineedit *pass, int focus)
{
	static const enum action keys[] = { ACT_OPEN, ACT_NEXT, ACT_QUIT, ACT_NONE };
	term_clear();
	ui_frame(ui, _("Log in"), keys);
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
	term_flush();
}

bool screen_login(struct ui *ui)
{
	struct lineedit user, pass;
	le_init(&user, 32);
	le_init(&pass, 200);
	le_set(&user, ui->user_hint ? ui->user_hint : "");
	int focus = user.len ? 1 : 0;
	bool ok = false;
	while (!ui->quit && !ok) {
		draw(ui, &user, &pass, focus);
		struct key k;
		struct lineedit *le = focus == 0 ? &user : &pass;
		enum action a = ui_key(ui, &k);
		switch (a) {
		case ACT_QUIT:
		case ACT_BACK:
			ui->quit = true;
			break;
		case ACT_NEXT:
		case ACT_DOWN:
		case ACT_UP:
		case ACT_PREV:
			focus = !focus;
			break;
		case ACT_OPEN:
			if (focus == 0) {
				focus = 1;
				break;
			}
			{
				char *name = le_text(&user), *password = le_text(&pass);
				struct gerr err = { 0 };
				if (session_login(&ui->s, name, password, &err) == GERR_OK) {
					ok = true;
				} else {
					ui_message(ui, R_ERROR, "%s", err.msg);
					le_clear(&pass);
				}
				/* wipe the typed password from memory */
				memset(password, 0, strlen(password));
				free(name);
				free(password);
			}
			break;
		default:
			ui_edit_key(le, a, &k);
			break;
		}
	}
	if (pass.chars)
		memset(pass.chars, 0, pass.cap * sizeof *pass.chars);
	le_free(&user);
	le_free(&pass);
	return ok;
}

static void draw_lock(struct ui *ui, const struct lineedit *pass)
{
	static const enum action keys[] = { ACT_OPEN, ACT_QUIT, ACT_NONE };
	term_clear();
	ui_frame(ui, _("Locked"), keys);
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
	term_flush();
}

bool screen_unlock(struct ui *ui)
{
	struct lineedit pass;
	le_init(&pass, 200);
	char *name = xstrdup(ui->s.user.name);
	bool ok = false;
	ui->locked = true;
	ui->message[0] = '\0';
	while (!ui->quit && !ok) {
		draw_lock(ui, &pass);
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_QUIT) {
			ui->quit = true; /* unsaved typing is lost: nobody proved who they are */
		} else if (a == ACT_OPEN) {
			char *password = le_text(&pass);
			struct gerr err = { 0 };
			/* the same user only: someone else would inherit the open form */
			if (session_login(&ui->s, name, password, &err) == GERR_OK)
				ok = true;
			else
				ui_message(ui, R_ERROR, "%s", err.msg);
			memset(password, 0, strlen(password));
			free(password);
			le_clear(&pass);
		} else if (a != ACT_BACK) {
			ui_edit_key(&pass, a, &k);
		}
	}
	ui->locked = false;
	if (pass.chars)
		memset(pass.chars, 0, pass.cap * sizeof *pass.chars);
	le_free(&pass);
	free(name);
	return ok;
}
