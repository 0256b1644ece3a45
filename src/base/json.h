/* JSON text output: strings quoted per RFC 8259. Small enough that a
 * library would cost more than it saves; reading JSON is left to SQLite. */
#ifndef GSPDESK_JSON_H
#define GSPDESK_JSON_H

struct strbuf;

/* Appends s as a JSON string, or null when s is NULL. */
void json_quote(struct strbuf *b, const char *s);

#endif
