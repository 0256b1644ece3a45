/* Translation and locale set-up. English msgids; po/zh_CN.po complete. */
#ifndef GSPDESK_I18N_H
#define GSPDESK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) s

/* Sets a UTF-8 LC_CTYPE even where the user's locale is missing (a fresh
 * machine has only C.UTF-8) and picks the message language: lang when
 * given ("zh_CN" or "en"), else the one the environment asks for.
 * Returns 0, or -1 when lang is not one we ship. */
int i18n_init(const char *lang);
/* "zh_CN" or "en": the language messages are shown in. */
const char *i18n_language(void);

#endif
