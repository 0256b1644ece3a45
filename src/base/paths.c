#include "config.h"
#include "base/paths.h"
#include "base/strbuf.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

char *paths_database(const char *option)
{
	if (option && *option)
		return xstrdup(option);
	const char *env = getenv("GSPDESK_DB");
	if (env && *env)
		return xstrdup(env);
	struct strbuf b = STRBUF_INIT;
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/') { /* the spec says relative values are ignored */
		sb_addf(&b, "%s/gspdesk/gspdesk.db", xdg);
		return sb_steal(&b);
	}
	const char *home = getenv("HOME");
	if (!home || !*home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw ? pw->pw_dir : NULL;
	}
	if (!home)
		return NULL;
	sb_addf(&b, "%s/.local/share/gspdesk/gspdesk.db", home);
	return sb_steal(&b);
}
