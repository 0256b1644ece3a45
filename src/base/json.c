#include "config.h"
#include "base/json.h"
#include "base/strbuf.h"

void json_quote(struct strbuf *b, const char *s)
{
	if (!s) {
		sb_add(b, "null");
		return;
	}
	sb_addc(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '"': sb_add(b, "\\\""); break;
		case '\\': sb_add(b, "\\\\"); break;
		case '\n': sb_add(b, "\\n"); break;
		case '\r': sb_add(b, "\\r"); break;
		case '\t': sb_add(b, "\\t"); break;
		default:
			if (c < 0x20)
				sb_addf(b, "\\u%04x", c);
			else
				sb_addc(b, (char)c);
		}
	}
	sb_addc(b, '"');
}
