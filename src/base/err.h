/* Errors as values: a code that is also the process exit status, the field
 * it concerns (if any) and a message already in the user's language. */
#ifndef GSPDESK_ERR_H
#define GSPDESK_ERR_H

enum gerr_code {
	GERR_OK = 0,
	GERR_INPUT = 1, /* refused input: the message names the field and rule */
	GERR_USAGE = 2, /* wrong words on the command line */
	GERR_AUTH = 3,  /* who you are, or what you may do */
	GERR_DB = 4     /* the database could not be used */
};

struct gerr {
	enum gerr_code code;
	char field[64];   /* stable field name, "" when none */
	int line;         /* of a record with lines (a survey's scores): the line,
	                   * from 1, whose field it is; 0 the header's, or none */
	char msg[1024];
};

/* Sets err (if not NULL) and returns code, so callers can `return gerr_set(...)`. */
int gerr_set(struct gerr *err, enum gerr_code code, const char *field,
             const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void gerr_clear(struct gerr *err);

#endif
