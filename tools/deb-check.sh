#!/bin/sh
# The Debian package, end to end (issue 22): builds it from a clean copy of
# this tree with `dpkg-buildpackage -us -uc -b` (tests skipped: nocheck, the
# suite runs elsewhere), checks it with lintian (no errors), installs it with
# apt-get, tries it (--version, init --demo into a temporary folder, a
# Chinese list on a C.UTF-8 locale, the manual and the catalogue in place),
# then removes it. Run as root (CI), or as a user who may sudo.
# Usage: sh tools/deb-check.sh [OUTDIR]   (keeps the .deb in OUTDIR)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
fail() {
	echo "deb-check: $*" >&2
	exit 1
}

$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	build-essential debhelper dh-autoreconf dpkg-dev lintian >/dev/null
# the package's own build dependencies, read from debian/control
$sudo env DEBIAN_FRONTEND=noninteractive apt-get build-dep -y -P nocheck "$top" >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/gspdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
# a clean copy: dh_autoreconf and dh_clean must not touch this tree (and
# its _build); with git, the files it tracks or would (not those it
# ignores), as they are now
mkdir "$work/gspdesk"
if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
	git -C "$top" ls-files -z -co --exclude-standard | (cd "$top" && xargs -0 tar -cf - --no-recursion) |
		tar -xf - -C "$work/gspdesk"
else
	(cd "$top" && tar -cf - --exclude='./_build*' .) | tar -xf - -C "$work/gspdesk"
fi

echo "=== dpkg-buildpackage"
(cd "$work/gspdesk" &&
	DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1) || {
	tail -n 60 "$work/build.log" >&2
	fail "dpkg-buildpackage failed"
}
deb=$(ls "$work"/gspdesk_*.deb)
changes=$(ls "$work"/gspdesk_*.changes)
echo "built $(basename "$deb")"

echo "=== lintian"
lintian --fail-on error "$changes" || fail "lintian found errors"

echo "=== install, try, remove"
version=$(dpkg-deb -f "$deb" Version)
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >/dev/null
bin=/usr/bin/gspdesk
[ "$($bin --version)" = "gspdesk $version" ] || fail "gspdesk --version is not 'gspdesk $version'"
dpkg -L gspdesk | grep -qx /usr/share/man/man1/gspdesk.1.gz || fail "no manual in the package"
dpkg -L gspdesk | grep -qx /usr/share/locale/zh_CN/LC_MESSAGES/gspdesk.mo ||
	fail "no Chinese catalogue in the package"
try=$work/try
mkdir "$try"
# a fresh server: only C.UTF-8, no language asked for
env -i PATH=/usr/bin:/bin HOME="$try" LANG=C.UTF-8 GSPDESK_NEW_PASSWORD=smoke-pass-1 \
	$bin --db "$try/office.db" init --demo --admin admin >"$try/out" 2>&1 ||
	{ cat "$try/out" >&2; fail "init --demo failed"; }
env -i PATH=/usr/bin:/bin HOME="$try" LANG=C.UTF-8 GSPDESK_PASSWORD=smoke-pass-1 \
	$bin --db "$try/office.db" --user admin list customers >"$try/out" 2>&1 ||
	{ cat "$try/out" >&2; fail "list customers failed"; }
# 客户名称: the customer register's own word for the customer's name
head -n 1 "$try/out" | grep -q '客户名称' || { head -n 3 "$try/out" >&2; fail "list customers is not in Chinese"; }
echo "gspdesk $version: --version, init --demo and a Chinese list customers work"
if [ -n "${1:-}" ]; then
	mkdir -p "$1"
	cp "$deb" "$1/"
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y --purge gspdesk >/dev/null
[ ! -e "$bin" ] || fail "$bin is still there after apt-get remove"
echo "deb-check: ok"
