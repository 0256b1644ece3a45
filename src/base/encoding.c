#include "config.h"
#include "base/encoding.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

bool encoding_parse(const char *name, enum encoding *out)
{
	if (strcmp(name, "auto") == 0)
		*out = ENC_AUTO;
	else if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0)
		*out = ENC_UTF8;
	else if (strcasecmp(name, "gb18030") == 0 || strcasecmp(name, "gbk") == 0)
		*out = ENC_GB18030;
	else
		return false;
	return true;
}

const char *encoding_name(enum encoding e)
{
	return e == ENC_GB18030 ? "gb18030" : e == ENC_UTF8 ? "utf-8" : "auto";
}

/* Length of the valid UTF-8 prefix of data[0..len). */
static size_t utf8_prefix(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)data[i] < 0x80) {
			i++;
			continue;
		}
		wchar_t wc;
		size_t k = utf8_decode(data + i, len - i, &wc);
		if (k == 0)
			break;
		i += k;
	}
	return i;
}

bool encoding_utf8_valid(const char *data, size_t len)
{
	return utf8_prefix(data, len) == len;
}

static long line_at(const char *data, size_t off)
{
	long line = 1;
	for (size_t i = 0; i < off; i++)
		line += data[i] == '\n';
	return line;
}

static int from_gb18030(char **data, size_t *len, struct gerr *err)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1)
		return gerr_set(err, GERR_DB, NULL, "%s",
		                _("This system cannot convert GB18030 text (iconv has no GB18030)."));
	/* a GB18030 character becomes at most 4 UTF-8 bytes from at least 1 */
	size_t cap = *len * 4 + 4, outleft = cap;
	char *out = xmalloc(cap), *in = *data, *o = out;
	size_t inleft = *len;
	int rc = GERR_OK;
	if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
		long line = line_at(*data, (size_t)(in - *data));
		rc = gerr_set(err, GERR_INPUT, NULL,
		              errno == EINVAL ? _("line %ld: the file ends inside a GB18030 character")
		                              : _("line %ld: these bytes are neither UTF-8 nor GB18030 text"),
		              line);
	}
	iconv_close(cd);
	if (rc) {
		free(out);
		return rc;
	}
	free(*data);
	*data = out;
	*len = cap - outleft;
	return GERR_OK;
}

int encoding_to_utf8(enum encoding enc, char **data, size_t *len, enum encoding *used,
                     struct gerr *err)
{
	if (enc == ENC_AUTO)
		enc = encoding_utf8_valid(*data, *len) ? ENC_UTF8 : ENC_GB18030;
	*used = enc;
	if (enc == ENC_GB18030)
		return from_gb18030(data, len, err);
	size_t ok = utf8_prefix(*data, *len);
	if (ok < *len)
		return gerr_set(err, GERR_INPUT, NULL,
		                _("line %ld: not UTF-8 text; if the file came from Excel on Chinese Windows, try --encoding gb18030"),
		                line_at(*data, ok));
	return GERR_OK;
}
