/* Build tool: writes src/base/pinyin_table.c, the initial letters of the
 * Mandarin readings of every character Unicode's Unihan database reads.
 *
 *   (bzcat Unihan_Readings.txt.bz2; bzcat Unihan_Variants.txt.bz2) |
 *       pinyin_gen UnicodeData.txt > pinyin_table.c
 *
 * A character's letters come from kMandarin (its first reading is the
 * primary one, used for the 助记码) and kHanyuPinyin (every further
 * reading). One without readings takes those of its canonical
 * decomposition (a compatibility ideograph) or, failing that, of its
 * variants (𠮷 U+20BB7 is read as 吉 U+5409, its spoofing variant).
 * Run by make, so no generated table is kept in git (README.md). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x40000
#define MAXVAR 8

static uint32_t letters[NCP]; /* bits 0..25: a..z */
static char primary[NCP];     /* 'a'..'z' or 0 */
static uint32_t variants[NCP][MAXVAR];
static uint32_t decomp[NCP];

/* The initial of one pinyin syllable: its first letter without tone mark. */
static int initial(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (c >= 'a' && c <= 'z')
		return c;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 'a';
	uint32_t cp;
	if ((c & 0xE0) == 0xC0)
		cp = ((c & 0x1Fu) << 6) | ((unsigned char)s[1] & 0x3Fu);
	else if ((c & 0xF0) == 0xE0)
		cp = ((c & 0x0Fu) << 12) | (((unsigned char)s[1] & 0x3Fu) << 6) |
		     ((unsigned char)s[2] & 0x3Fu);
	else
		return 0;
	static const struct { uint32_t cp; char letter; } marks[] = {
		{ 0xE0, 'a' }, { 0xE1, 'a' }, { 0x101, 'a' }, { 0x1CE, 'a' },
		{ 0xE8, 'e' }, { 0xE9, 'e' }, { 0x113, 'e' }, { 0x11B, 'e' }, { 0xEA, 'e' },
		{ 0x1EBF, 'e' }, { 0x1EC1, 'e' },
		{ 0xEC, 'i' }, { 0xED, 'i' }, { 0x12B, 'i' }, { 0x1D0, 'i' },
		{ 0xF2, 'o' }, { 0xF3, 'o' }, { 0x14D, 'o' }, { 0x1D2, 'o' },
		{ 0xF9, 'u' }, { 0xFA, 'u' }, { 0x16B, 'u' }, { 0x1D4, 'u' }, { 0xFC, 'u' },
		{ 0x1D6, 'u' }, { 0x1D8, 'u' }, { 0x1DA, 'u' }, { 0x1DC, 'u' },
		{ 0x1E3F, 'm' }, { 0x144, 'n' }, { 0x148, 'n' }, { 0x1F9, 'n' },
	};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (marks[i].cp == cp)
			return marks[i].letter;
	return 0;
}

static void add_reading(uint32_t cp, const char *syllable, int is_primary)
{
	int l = initial(syllable);
	if (l == 0) {
		fprintf(stderr, "pinyin_gen: U+%04X: no initial in \"%s\"\n", (unsigned)cp, syllable);
		return;
	}
	letters[cp] |= 1u << (l - 'a');
	if (is_primary && !primary[cp])
		primary[cp] = (char)l;
}

static void add_variant(uint32_t cp, const char *value)
{
	/* "U+5409" or "U+5409<kMatthews,..." one or more, space-separated */
	for (const char *p = value; (p = strstr(p, "U+")) != NULL; p += 2) {
		uint32_t v = (uint32_t)strtoul(p + 2, NULL, 16);
		for (int i = 0; i < MAXVAR && v < NCP; i++)
			if (!variants[cp][i] || variants[cp][i] == v) {
				variants[cp][i] = v;
				break;
			}
	}
}

static void read_unihan(FILE *in, char *version, size_t vsize)
{
	char line[4096];
	while (fgets(line, sizeof line, in)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#') {
			const char *tag = "# Unicode version: ";
			if (!version[0] && strncmp(line, tag, strlen(tag)) == 0)
				snprintf(version, vsize, "%.30s", line + strlen(tag));
			continue;
		}
		char *field = strchr(line, '\t');
		char *value = field ? strchr(field + 1, '\t') : NULL;
		if (strncmp(line, "U+", 2) != 0 || !value)
			continue;
		*field++ = '\0';
		*value++ = '\0';
		uint32_t cp = (uint32_t)strtoul(line + 2, NULL, 16);
		if (cp >= NCP)
			continue;
		if (strcmp(field, "kMandarin") == 0) {
			int first = 1;
			for (char *t = strtok(value, " "); t; t = strtok(NULL, " "), first = 0)
				add_reading(cp, t, first);
		} else if (strcmp(field, "kHanyuPinyin") == 0) {
			/* "63680.020:zhòng,chóng,tóng 10019.020:tiàn" */
			for (char *e = strtok(value, " "); e; e = strtok(NULL, " ")) {
				char *r = strchr(e, ':');
				for (r = r ? r + 1 : e; r && *r;) {
					char *comma = strchr(r, ',');
					if (comma)
						*comma = '\0';
					add_reading(cp, r, 0);
					r = comma ? comma + 1 : NULL;
				}
			}
		} else if (strstr(field, "Variant")) {
			add_variant(cp, value);
		}
	}
}

static void read_decompositions(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	char line[1024];
	while (fgets(line, sizeof line, f)) {
		/* code;name;cat;ccc;bidi;decomposition;... one code point, canonical */
		char *p = line, *col[6];
		for (int i = 0; i < 6; i++) {
			col[i] = p;
			p = strchr(p, ';');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (!p || col[5][0] == '\0' || col[5][0] == '<' || strchr(col[5], ' '))
			continue;
		uint32_t cp = (uint32_t)strtoul(col[0], NULL, 16);
		uint32_t to = (uint32_t)strtoul(col[5], NULL, 16);
		if (cp < NCP && to < NCP)
			decomp[cp] = to;
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: (bzcat Unihan_Readings.txt.bz2; bzcat Unihan_Variants.txt.bz2)"
		        " | pinyin_gen UnicodeData.txt\n");
		return 2;
	}
	char version[64] = "";
	read_unihan(stdin, version, sizeof version);
	read_decompositions(argv[1]);
	static uint32_t borrowed[NCP];
	static char borrowed_primary[NCP];
	for (uint32_t cp = 0; cp < NCP; cp++) {
		if (letters[cp])
			continue;
		uint32_t from = decomp[cp];
		if (from && letters[from]) {
			borrowed[cp] = letters[from];
			borrowed_primary[cp] = primary[from];
			continue;
		}
		for (int i = 0; i < MAXVAR && variants[cp][i]; i++) {
			uint32_t v = variants[cp][i];
			borrowed[cp] |= letters[v];
			if (!borrowed_primary[cp])
				borrowed_primary[cp] = primary[v];
		}
	}
	long n = 0;
	printf("/* Generated by tools/pinyin_gen from Unihan %s: do not edit. */\n"
	       "#include \"config.h\"\n#include \"base/pinyin.h\"\n\n"
	       "const struct pinyin_entry pinyin_table[] = {\n", version[0] ? version : "(unknown)");
	for (uint32_t cp = 0; cp < NCP; cp++) {
		uint32_t l = letters[cp] ? letters[cp] : borrowed[cp];
		char p = letters[cp] ? primary[cp] : borrowed_primary[cp];
		if (!l)
			continue;
		if (!p) /* only kHanyuPinyin: its lowest letter stands first */
			for (int b = 0; b < 26 && !p; b++)
				if (l & (1u << b))
					p = (char)('a' + b);
		/* bits 0..25 the letters, 26..30 the primary one (pinyin.h) */
		printf("\t{ 0x%05X, 0x%08X },\n", (unsigned)cp, (unsigned)(l | (uint32_t)(p - 'a') << 26));
		n++;
	}
	printf("};\n\nconst unsigned pinyin_table_len = %ld;\n", n);
	if (n < 40000) {
		fprintf(stderr, "pinyin_gen: only %ld characters read: wrong input?\n", n);
		return 1;
	}
	return 0;
}
