/* GS1 element strings as a UDI scanner types them (GS1 General
 * Specifications §3, §7.8, §7.9, §7.12): bracketed "(01)…(17)…(10)…(21)…",
 * raw with GS (ASCII 29) after each variable-length field, with or without
 * a symbology identifier (]d2 DataMatrix, ]C1 GS1-128, ]Q3 QR). Only the
 * application identifiers a device UDI carries are known: 01 GTIN, 11
 * production date, 17 expiry date, 10 batch, 21 serial. */
#ifndef GSPDESK_GS1_H
#define GSPDESK_GS1_H

#include <stdbool.h>

#include "base/date.h"
#include "base/err.h"

#define GS1_GS '\x1d'
#define GS1_VAR_MAX 20 /* longest batch (10) or serial (21) */

struct gs1_code {
	char gtin[15];           /* 14 digits, "" when absent */
	char batch[GS1_VAR_MAX + 1];
	char serial[GS1_VAR_MAX + 1];
	struct ymd expiry;       /* valid when has_expiry */
	struct ymd production;   /* valid when has_production */
	bool has_expiry, has_production;
};

/* The mod-10 check digit (§7.9.1) of the n digits at s, the check digit
 * itself left out; -1 when one of them is not a digit. */
int gs1_check_digit(const char *s, int n);

/* A GTIN-8, -12, -13 or -14 as typed, padded with zeros to the 14 digits
 * AI 01 carries (§3.3.2), into out. Returns 0, -1 when it is not 8, 12,
 * 13 or 14 digits, else the right check digit + 1 (it was wrong). */
int gs1_gtin14(const char *in, char out[15]);

/* A YYMMDD date (§7.12): the century that puts YY within -49..+50 years of
 * this_year, and DD 00 as the last day of the month. False when it is not
 * six digits or not on the calendar. */
bool gs1_date(const char *yymmdd, int this_year, struct ymd *out);

/* Parses text into *out. this_year decides the century of dates. On
 * refusal returns GERR_INPUT with err naming the field "udi" and what was
 * wrong (unknown AI, bad check digit, bad date, too long, ...). */
int gs1_parse(const char *text, int this_year, struct gs1_code *out, struct gerr *err);

#endif
