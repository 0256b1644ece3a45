#include "config.h"
#include "core/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

static const char *current = "en";

static int is_utf8_codeset(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The language the environment asks for, by gettext's own precedence. */
static const char *env_language(void)
{
	static const char *vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "zh", 2) == 0 ? "zh_CN" : "en";
	}
	return "en";
}

int i18n_init(const char *lang)
{
	if (lang && strcmp(lang, "zh_CN") != 0 && strcmp(lang, "zh") != 0 &&
	    strcmp(lang, "en") != 0)
		return -1;
	if (!setlocale(LC_ALL, "") || !is_utf8_codeset())
		setlocale(LC_ALL, "C.UTF-8");
	current = lang ? (strcmp(lang, "en") == 0 ? "en" : "zh_CN") : env_language();
	/* gettext ignores LANGUAGE only under the plain "C" locale; C.UTF-8 is
	 * fine, so LANGUAGE alone selects the catalogue even where zh_CN.UTF-8
	 * was never generated. */
	setenv("LANGUAGE", current, 1);
#if ENABLE_NLS
	const char *dir = getenv("GSPDESK_LOCALEDIR");
	bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
	return 0;
}

const char *i18n_language(void)
{
	return current;
}
