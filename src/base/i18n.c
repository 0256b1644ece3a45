#include "config.h"
#include "base/i18n.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Who chose the language; a stronger source is never overridden. */
enum source { FROM_DEFAULT, FROM_OFFICE, FROM_LOCALE, FROM_ENV, FROM_FLAG };

static const char *current = "zh_CN";
static enum source chosen = FROM_DEFAULT;
static char missing[PATH_MAX + 160];

static int is_utf8_codeset(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

bool i18n_valid(const char *lang)
{
	return lang && (strcmp(lang, "zh_CN") == 0 || strcmp(lang, "zh") == 0 ||
	                strcmp(lang, "en") == 0);
}

static const char *normal(const char *lang)
{
	return strcmp(lang, "en") == 0 ? "en" : "zh_CN";
}

/* zh_CN or en when the locale's value names Chinese or English, else NULL
 * (C, C.UTF-8, POSIX and languages we do not ship name none). */
static const char *names_language(const char *v)
{
	if (strncmp(v, "zh", 2) == 0 && (v[2] == '\0' || strchr("_.@:", v[2])))
		return "zh_CN";
	if (strncmp(v, "en", 2) == 0 && (v[2] == '\0' || strchr("_.@:", v[2])))
		return "en";
	return NULL;
}

/* The language the locale names: LANGUAGE's first entry, then the message
 * locale by POSIX precedence (the first of LC_ALL, LC_MESSAGES, LANG set). */
static const char *locale_language(void)
{
	const char *v = getenv("LANGUAGE");
	const char *lang = v && *v ? names_language(v) : NULL;
	if (lang)
		return lang;
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
		if ((v = getenv(vars[i])) && *v)
			return names_language(v);
	return NULL;
}

static bool has_catalogue(const char *dir, const char *lang)
{
	char path[PATH_MAX];
	int n = snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", dir, lang, PACKAGE);
	return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

/* $GSPDESK_LOCALEDIR; else the build tree's po/locale when the program runs
 * from its build tree (made by `make`, beside src/); else the installed
 * $localedir. Written to buf. */
static const char *catalogue_dir(char *buf, size_t size)
{
	const char *dir = getenv("GSPDESK_LOCALEDIR");
	if (dir && *dir)
		return dir;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			int len = snprintf(buf, size, "%s/../po/locale", exe);
			if (len > 0 && (size_t)len < size && has_catalogue(buf, "zh_CN"))
				return buf;
		}
	}
	return LOCALEDIR;
}

/* Binds the catalogue of the current language and says once when Chinese
 * was asked for and cannot be shown. */
static void apply(void)
{
	/* gettext ignores LANGUAGE only under the plain "C" locale; C.UTF-8 is
	 * fine, so LANGUAGE alone selects the catalogue even where zh_CN.UTF-8
	 * was never generated. */
	setenv("LANGUAGE", current, 1);
#if ENABLE_NLS
	char buf[PATH_MAX];
	const char *dir = catalogue_dir(buf, sizeof buf);
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE); /* also drops translations gettext has cached */
	bool found = strcmp(current, "en") == 0 || has_catalogue(dir, current);
#else
	const char *dir = "(--disable-nls)";
	bool found = strcmp(current, "en") == 0;
#endif
	if (!found && chosen != FROM_DEFAULT && !missing[0]) {
		/* Not translatable: the catalogue that would translate it is missing. */
		snprintf(missing, sizeof missing,
		         "Chinese was asked for but its catalogue is missing: messages are in English"
		         " / 找不到中文翻译，以英文显示: %s/zh_CN/LC_MESSAGES/%s.mo",
		         dir, PACKAGE);
		fprintf(stderr, "gspdesk: %s\n", missing);
	}
}

int i18n_init(const char *lang)
{
	if (lang && !i18n_valid(lang))
		return -1;
	const char *env = getenv("GSPDESK_LANG");
	if (!lang && env && *env && !i18n_valid(env))
		return -2;
	if (!setlocale(LC_ALL, "") || !is_utf8_codeset())
		setlocale(LC_ALL, "C.UTF-8");
	const char *from_locale = locale_language();
	if (lang) {
		current = normal(lang);
		chosen = FROM_FLAG;
	} else if (env && *env) {
		current = normal(env);
		chosen = FROM_ENV;
	} else if (from_locale) {
		current = from_locale;
		chosen = FROM_LOCALE;
	} else {
		current = "zh_CN";
		chosen = FROM_DEFAULT;
	}
	apply();
	return 0;
}

void i18n_office(const char *lang)
{
	if (chosen > FROM_OFFICE || !i18n_valid(lang))
		return;
	current = normal(lang);
	chosen = FROM_OFFICE;
	apply();
}

const char *i18n_language(void)
{
	return current;
}

const char *i18n_missing(void)
{
	return missing[0] ? missing : NULL;
}
