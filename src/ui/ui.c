/* Entry to the full-screen program: open the database, log in, run the
 * menu, and always give the terminal back as it was. */
#include "config.h"
#include "ui/ui.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "base/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

long ui_idle_ms(int minutes, const char *seconds)
{
	long setting = (long)minutes * 60000;
	char *end = NULL;
	long s = seconds && *seconds ? strtol(seconds, &end, 10) : 0;
	/* the environment is the user's: it may bring the lock sooner, never
	 * later than the administrator's setting, nor switch it off */
	if (end && *end == '\0' && s > 0 && s <= 86400 && (setting == 0 || s * 1000 < setting))
		return s * 1000;
	return setting;
}

void ui_idle_setup(struct ui *ui)
{
	ui->idle_ms = ui_idle_ms(settings_int(&ui->s, "idle_lock_minutes"),
	                         getenv("GSPDESK_IDLE_LOCK_SECONDS"));
}

int ui_main(const char *db_option, const char *user_option)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "gspdesk: %s\n",
		        _("The full-screen program needs a terminal. From scripts, use the commands: gspdesk --help"));
		return 2;
	}
	struct ui ui;
	memset(&ui, 0, sizeof ui);
	struct gerr err = { 0 };
	char *path = paths_database(db_option);
	if (!path) {
		fprintf(stderr, "gspdesk: %s\n", _("There is no home folder to keep the database in: give --db PATH."));
		return 2;
	}
	int rc = session_open(&ui.s, path, SESSION_EXISTING, &err);
	free(path);
	if (rc || (rc = auth_init(&err)) != GERR_OK) {
		if (ui.s.db)
			session_close(&ui.s);
		fprintf(stderr, "gspdesk: %s\n", err.msg);
		return rc;
	}
	settings_use_language(&ui.s);
	if (i18n_missing())
		ui_message(&ui, R_ERROR, "%s", i18n_missing());
	ui.user_hint = user_option ? user_option : getenv("GSPDESK_USER");
	if (term_start() != 0) {
		session_close(&ui.s);
		fprintf(stderr, "gspdesk: %s\n", _("This terminal cannot show the full-screen program."));
		return 4;
	}
	if (screen_login(&ui)) {
		ui_idle_setup(&ui);
		screen_menu(&ui);
	}
	bool signalled = term_stop_requested();
	term_stop();
	free(ui.due);
	session_close(&ui.s);
	return signalled ? 1 : 0;
}
