#include "config.h"
#include "core/qualify.h"
#include "base/date.h"
#include "base/i18n.h"

enum qualify_status qualify_status(const char *as_of, const char *expiry, int *days)
{
	struct ymd day, end;
	*days = 0;
	if (!expiry || date_parse(expiry, &end) != DATE_OK || date_parse(as_of, &day) != DATE_OK)
		return QUALIFY_MISSING;
	*days = (int)(date_to_days(&end) - date_to_days(&day));
	if (*days < 0)
		return QUALIFY_EXPIRED;
	return *days <= 30 ? QUALIFY_30 : *days <= 60 ? QUALIFY_60
	     : *days <= QUALIFY_NOTICE_DAYS ? QUALIFY_90 : QUALIFY_VALID;
}

const char *qualify_label(enum qualify_status st)
{
	static const char *const labels[QUALIFY_COUNT] = {
		[QUALIFY_EXPIRED] = N_("expired"),
		[QUALIFY_30] = N_("expires within 30 days"),
		[QUALIFY_60] = N_("expires within 60 days"),
		[QUALIFY_90] = N_("expires within 90 days"),
		[QUALIFY_VALID] = N_("valid"),
		[QUALIFY_MISSING] = N_("missing"),
	};
	return _(labels[st]);
}
