/* libFuzzer target: the .xlsx reader on any bytes, written to a file as
 * the import would find it. Every row must come back with line numbers
 * that only go forward and within Excel's limits; a refusal must say why.
 * Built by `make fuzz` (clang), not by `make check`; seed it with small
 * workbooks (tests/cli/import_xlsx.sh makes some). */
#include "config.h"
#include "base/xlsx.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/fuzz_xlsx.XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	struct xlsx *x = NULL;
	struct gerr err = { 0 };
	if (xlsx_open(path, NULL, &x, &err) == GERR_OK) {
		struct csv_row row = { 0 };
		long last = 0;
		int got;
		while ((got = xlsx_read(x, &row, &err)) == 1) {
			if (row.line <= last || row.line > 1048576 || row.n < 1 || row.n > 16384)
				abort();
			last = row.line;
		}
		if (got < 0 && !err.msg[0])
			abort();
		csv_row_free(&row);
	} else if (!err.msg[0]) {
		abort();
	}
	xlsx_close(x);
	unlink(path);
	return 0;
}
