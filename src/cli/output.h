/* Printing rows as an aligned table (by display width), CSV or JSON. */
#ifndef GSPDESK_OUTPUT_H
#define GSPDESK_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

enum out_format { OUT_TABLE, OUT_CSV, OUT_JSON };

bool out_format_parse(const char *s, enum out_format *out);

/* A table keeps its rows to measure the columns before printing. */
struct table;
struct table *table_new(int ncols, const char *const *headers);
void table_add(struct table *t, char **cells); /* takes the malloc'd cells */
void table_print(const struct table *t, FILE *out);
void table_free(struct table *t);

struct strbuf;
struct field;
struct value;
/* One text from the file and a newline, its control characters written
 * out (text_printable) so that a hand-edited file cannot drive the
 * terminal; newlines inside kept only when multiline. */
void out_line(FILE *out, const char *text, bool multiline);
/* A field's value as JSON: numbers bare, yes/no as true/false, else a string. */
void out_json_value(struct strbuf *b, const struct field *f, const struct value *v);

#endif
