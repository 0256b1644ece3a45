#include "config.h"
#include "core/demo.h"
#include <stddef.h>

int demo_fill(struct session *s, struct gerr *err)
{
	(void)s;
	return gerr_set(err, GERR_USAGE, NULL, "demo data: placeholder being written");
}
