/* Pinyin initials (助记码): 杭州市第一人民医院 is "hzsdyrmyy". The readings
 * are Unihan's (kMandarin, kHanyuPinyin), made into a table at build time
 * by tools/pinyin_gen. A character with several readings (重: zhòng,
 * chóng) matches the initial of any of them. */
#ifndef GSPDESK_PINYIN_H
#define GSPDESK_PINYIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct pinyin_entry {
	uint32_t cp;
	uint32_t bits; /* 0..25: a..z initials of its readings; 26..30: the primary's */
};
/* Sorted by code point (src/base/pinyin_table.c, generated). */
extern const struct pinyin_entry pinyin_table[];
extern const unsigned pinyin_table_len;

/* The initials of cp's readings as bits 0..25 (a..z); 0 when unknown. */
uint32_t pinyin_letters(uint32_t cp);

/* The initials string of name by each character's primary reading, as an
 * office writes a 助记码 (the pickers show it when none is kept): Latin letters and digits as themselves in lower
 * case, anything else without a reading left out. Cut to fit size. */
void pinyin_initials(const char *name, char *out, size_t size);

/* Whether query (letters and digits, case ignored) matches the initials of
 * a run of consecutive characters of name, each character allowing any of
 * its readings: the time is name length × query length, whatever the
 * readings. False for an empty query or one with other characters. */
bool pinyin_match(const char *name, const char *query);
/* The same for the whole name: query is the initials of every character
 * ("ycxsyzsq" is 一次性使用注射器; "ycx" is not). */
bool pinyin_is_initials(const char *name, const char *query);

#endif
