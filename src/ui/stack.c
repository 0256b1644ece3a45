/* The one key loop (see stack.h). */
#include "config.h"
#include "ui/stack.h"

#define MAX_KEYS 32

static void paint(struct ui *ui, struct screen *sc, enum action *bar)
{
	if (sc->overlay && sc->below)
		paint(ui, sc->below, bar);
	else
		term_clear();
	sc->draw(sc, ui);
	if (!sc->overlay) {
		/* after the body, which may have set the title and the keys */
		static const enum action none[] = { ACT_NONE };
		const enum action *keys = sc->keys ? sc->keys : none;
		if (sc->form) {
			ui_keys_for_role(ui, sc->form, keys, bar, MAX_KEYS);
		} else {
			int n = 0;
			for (; keys[n] != ACT_NONE && n < MAX_KEYS - 1; n++)
				bar[n] = keys[n];
			bar[n] = ACT_NONE;
		}
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
	while (!ui->quit) {
		enum action bar[MAX_KEYS] = { ACT_NONE };
		paint(ui, sc, bar);
		term_flush();
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_HELP && !sc->overlay && offered(bar, ACT_HELP)) {
			screen_help(ui, bar, sc->help);
			continue;
		}
		if (sc->handle(sc, ui, a, &k) == STEP_CLOSE)
			break;
	}
	ui->top = sc->below;
}
