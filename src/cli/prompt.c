/* Passwords asked on the terminal without echo. */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static char *ask(int fd, const char *prompt)
{
	struct termios old, quiet;
	bool tty = tcgetattr(fd, &old) == 0;
	if (write(fd, prompt, strlen(prompt)) < 0)
		return NULL;
	if (tty) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		quiet.c_lflag |= ECHONL;
		tcsetattr(fd, TCSAFLUSH, &quiet);
	}
	struct strbuf line = STRBUF_INIT;
	char ch;
	ssize_t n;
	while ((n = read(fd, &ch, 1)) == 1 && ch != '\n')
		if (ch != '\r')
			sb_addc(&line, ch);
	if (tty)
		tcsetattr(fd, TCSAFLUSH, &old);
	if (n < 0 || (n == 0 && line.len == 0)) {
		sb_free(&line);
		return NULL;
	}
	return sb_steal(&line);
}

char *cli_password(const char *env, const char *prompt, bool confirm, struct gerr *err)
{
	const char *v = env ? getenv(env) : NULL;
	if (v)
		return xstrdup(v);
	int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		gerr_set(err, GERR_AUTH, NULL,
		         _("A password is needed and there is no terminal to ask on: set %s."), env);
		return NULL;
	}
	char *first = ask(fd, prompt);
	if (!first) {
		gerr_set(err, GERR_AUTH, NULL, "%s", _("No password was given."));
	} else if (confirm) {
		char *again = ask(fd, _("Type it again: "));
		if (!again || strcmp(first, again) != 0) {
			gerr_set(err, GERR_AUTH, NULL, "%s", _("The two passwords differ; nothing was changed."));
			free(first);
			first = NULL;
		}
		free(again);
	}
	close(fd);
	return first;
}
