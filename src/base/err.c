#include "config.h"
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int gerr_set(struct gerr *err, enum gerr_code code, const char *field,
             const char *fmt, ...)
{
	if (!err)
		return code;
	err->code = code;
	snprintf(err->field, sizeof err->field, "%s", field ? field : "");
	err->line = 0;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}

void gerr_clear(struct gerr *err)
{
	if (err)
		memset(err, 0, sizeof *err);
}
