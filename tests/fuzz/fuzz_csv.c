/* libFuzzer target: the CSV reader and the encoding check on any bytes.
 * Every record must come back with cells inside its buffer and line
 * numbers that never go backwards; the writer's output must read back as
 * the same cells. Built by `make fuzz` (clang), not by `make check`. */
#include "config.h"
#include "base/csv.h"
#include "base/encoding.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	(void)encoding_utf8_valid(copy, size);
	struct csv_reader r;
	struct csv_row row = { 0 };
	struct gerr err = { 0 };
	csv_reader_init(&r, copy, size);
	long last = 0;
	int got;
	while ((got = csv_read(&r, &row, &err)) == 1) {
		if (row.line < last || row.n < 1)
			abort();
		last = row.line;
		/* the writer's text reads back as the same cells */
		char *out = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&out, &len);
		csv_write_row(f, (const char *const *)row.cells, row.n, true);
		fclose(f);
		struct csv_reader back;
		struct csv_row again = { 0 };
		csv_reader_init(&back, out, len);
		bool all_empty_one = row.n == 1 && row.cells[0][0] == '\0';
		if (!all_empty_one) { /* one empty cell writes an empty line: a blank */
			if (csv_read(&back, &again, &err) != 1 || again.n != row.n)
				abort();
			for (int i = 0; i < row.n; i++)
				if (strcmp(again.cells[i], row.cells[i]) != 0 &&
				    strchr(row.cells[i], '\r') == NULL) /* CR inside quotes reads as LF */
					abort();
		}
		csv_row_free(&again);
		free(out);
	}
	csv_row_free(&row);
	free(copy);
	return 0;
}
