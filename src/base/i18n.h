/* Translation and locale set-up. English msgids; po/zh_CN.po complete. */
#ifndef GSPDESK_I18N_H
#define GSPDESK_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define _(s) gettext(s)
#define N_(s) s

/* Sets a UTF-8 LC_CTYPE even where the user's locale is missing (a fresh
 * machine has only C.UTF-8) and picks the message language, the first of:
 * lang (--lang), $GSPDESK_LANG, a locale that names zh_* or en_*; else
 * Chinese until i18n_office says what the office speaks.
 * Returns 0, -1 when lang is not one we ship, -2 when $GSPDESK_LANG is not. */
int i18n_init(const char *lang);
/* The office's language setting: used when neither --lang, $GSPDESK_LANG
 * nor the locale named one. An unknown value is ignored. */
void i18n_office(const char *lang);
/* True for the languages we ship: "zh_CN" (or "zh") and "en". */
bool i18n_valid(const char *lang);
/* "zh_CN" or "en": the language messages are shown in. */
const char *i18n_language(void);
/* The one-line warning given (once, on stderr) when Chinese was asked for
 * and its catalogue is missing, for the screen's status line; else NULL. */
const char *i18n_missing(void);

#endif
