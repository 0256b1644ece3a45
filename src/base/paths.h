/* Where the database lives when the user does not say. */
#ifndef GSPDESK_PATHS_H
#define GSPDESK_PATHS_H

/* --db PATH, else $GSPDESK_DB, else $XDG_DATA_HOME/gspdesk/gspdesk.db,
 * else ~/.local/share/gspdesk/gspdesk.db. Malloc'd; NULL when no home. */
char *paths_database(const char *option);

#endif
