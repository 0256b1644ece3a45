/* The one key loop (see stack.h). */
#include "config.h"
#include "ui/stack.h"
#include "core/perm.h"

#define MAX_KEYS 32

/* Waits for a key, handling resize, a too-small window, the idle lock and
 * stop signals (which set ui->quit). Returns the key's action; *k the key. */
static enum action read_key(struct ui *ui, struct key *k)
{
	for (;;) {
		int got = term_key_within(k, ui->locked ? 0 : ui->idle_ms);
		if (got == 0) {
			/* idle: the screen underneath keeps its state; the stack
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

/* The keys sc offers this user, in bar: without ^N for a role that may
 * not add to the screen's form, nor F8 for one that may not void it, nor
 * ^P on a form without a paper document. */
static void offer(struct ui *ui, const struct screen *sc, enum action *bar)
{
	int n = 0;
	for (const enum action *a = sc->keys; a && *a != ACT_NONE && n < MAX_KEYS - 1; a++) {
		if (sc->form && ((*a == ACT_NEW && !perm_allowed(ui->s.user.role, sc->form, PERM_ADD)) ||
		                 (*a == ACT_VOID && !perm_allowed(ui->s.user.role, sc->form, PERM_VOID))))
			continue;
		if (*a == ACT_PRINT && !ui_printable(sc->form))
			continue;
		bar[n++] = *a;
	}
	bar[n] = ACT_NONE;
}

static void paint(struct ui *ui, struct screen *sc, enum action *bar)
{
	if (sc->overlay && sc->below)
		paint(ui, sc->below, bar);
	else
		term_clear();
	sc->draw(sc, ui);
	if (!sc->overlay) {
		/* after the body, which may have set the title and the keys */
		offer(ui, sc, bar);
		ui_frame(ui, sc->title ? sc->title : "", bar);
	}
}

static bool offered(const enum action *bar, enum action a)
{
	for (; *bar != ACT_NONE; bar++)
		if (*bar == a)
			return true;
	return false;
}

void ui_run(struct ui *ui, struct screen *sc)
{
	sc->below = ui->top;
	ui->top = sc;
	/* the stop flag as well: a screen cannot talk the program out of a
	 * signal or a terminal that hung up */
	while (!ui->quit && !term_stop_requested()) {
		enum action bar[MAX_KEYS] = { ACT_NONE };
		paint(ui, sc, bar);
		term_flush();
		struct key k;
		enum action a = read_key(ui, &k);
		if (a == ACT_HELP && !sc->overlay && offered(bar, ACT_HELP)) {
			screen_help(ui, sc, bar);
			continue;
		}
		if (sc->handle(sc, ui, a, &k) == STEP_CLOSE)
			break;
	}
	ui->top = sc->below;
}
