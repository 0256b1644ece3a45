/* Pinyin initials (pinyin.h). */
#include "config.h"
#include "base/pinyin.h"

#include <string.h>
#include <wchar.h>

#include "base/text.h"

#define LETTER_MASK 0x03FFFFFFu
#define DIGIT_BIT(d) ((uint64_t)1 << (26 + (d)))

uint32_t pinyin_letters(uint32_t cp)
{
	unsigned lo = 0, hi = pinyin_table_len;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (pinyin_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pinyin_table_len && pinyin_table[lo].cp == cp ? pinyin_table[lo].bits : 0;
}

/* A full-width Ａ or ９ is typed as A or 9. */
static uint32_t fold_ascii(uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		c -= 0xFEE0;
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	return c;
}

/* One character of a name as the set of keys that type it: bits 0..25 the
 * letters a..z, 26..35 the digits; *primary its 助记码 letter. 0: none. */
static uint64_t keys_of(uint32_t c, char *primary)
{
	c = fold_ascii(c);
	*primary = 0;
	if (c >= 'a' && c <= 'z') {
		*primary = (char)c;
		return (uint64_t)1 << (c - 'a');
	}
	if (c >= '0' && c <= '9') {
		*primary = (char)c;
		return DIGIT_BIT(c - '0');
	}
	if (c < 0x2E80) /* below the CJK blocks: nothing to read */
		return 0;
	uint32_t bits = pinyin_letters(c);
	if (bits)
		*primary = (char)('a' + (bits >> 26));
	return bits & LETTER_MASK;
}

/* Reads name into the key sets and 助记码 letters of its characters that
 * have any; returns how many. */
static int walk(const char *name, uint64_t *sets, char *primaries, int max)
{
	int n = 0;
	size_t len = strlen(name);
	while (len > 0 && n < max) {
		wchar_t wc;
		size_t k = utf8_decode(name, len, &wc);
		if (k == 0)
			k = 1; /* a stray byte: skip it */
		else {
			char p;
			uint64_t set = keys_of((uint32_t)wc, &p);
			if (set) {
				sets[n] = set;
				primaries[n++] = p;
			}
		}
		name += k;
		len -= k;
	}
	return n;
}

enum { NAME_MAX_CHARS = 256 };

void pinyin_initials(const char *name, char *out, size_t size)
{
	uint64_t sets[NAME_MAX_CHARS];
	char prim[NAME_MAX_CHARS];
	int n = walk(name, sets, prim, NAME_MAX_CHARS);
	if (size == 0)
		return;
	size_t i = 0;
	for (; i < (size_t)n && i + 1 < size; i++)
		out[i] = prim[i];
	out[i] = '\0';
}

/* query against the initials of a run of name's characters (the whole
 * name when whole). */
static bool match(const char *name, const char *query, bool whole)
{
	uint64_t want[NAME_MAX_CHARS];
	int m = 0;
	for (const unsigned char *q = (const unsigned char *)query; *q; q++) {
		char p;
		uint64_t k = (*q < 0x80 && m < NAME_MAX_CHARS) ? keys_of(*q, &p) : 0;
		if (!k)
			return false;
		want[m++] = k;
	}
	if (m == 0)
		return false;
	uint64_t sets[NAME_MAX_CHARS];
	char prim[NAME_MAX_CHARS];
	int n = walk(name, sets, prim, NAME_MAX_CHARS);
	for (int i = 0; i + m <= n && !(whole && (i > 0 || m != n)); i++) {
		int j = 0;
		while (j < m && (sets[i + j] & want[j]))
			j++;
		if (j == m)
			return true;
	}
	return false;
}

bool pinyin_match(const char *name, const char *query)
{
	return match(name, query, false);
}

bool pinyin_is_initials(const char *name, const char *query)
{
	return match(name, query, true);
}
