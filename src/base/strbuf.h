/* A growable NUL-terminated byte string; aborts on out-of-memory like the
 * x* allocators, since a half-built string is worse than a stopped program. */
#ifndef GSPDESK_STRBUF_H
#define GSPDESK_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *s;
	size_t len, cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void sb_add(struct strbuf *b, const char *s);
void sb_addn(struct strbuf *b, const char *s, size_t n);
void sb_addc(struct strbuf *b, char c);
void sb_addf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *sb_str(const struct strbuf *b); /* never NULL */
char *sb_steal(struct strbuf *b);          /* caller frees; b is reset */
void sb_reset(struct strbuf *b);           /* keep the memory, empty the text */
void sb_free(struct strbuf *b);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
