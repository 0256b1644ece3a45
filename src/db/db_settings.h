/* Settings: key → text (db_settings.c). */
#ifndef GSPDESK_DB_SETTINGS_H
#define GSPDESK_DB_SETTINGS_H

#include "base/err.h"

struct db;

/* *value is NULL when the key is not set; caller frees. */
int db_setting_get(struct db *db, const char *key, char **value, struct gerr *err);
int db_setting_set(struct db *db, const char *key, const char *value, struct gerr *err);
int db_setting_list(struct db *db, int (*row)(void *ud, const char *key, const char *value),
                    void *ud, struct gerr *err);

#endif
