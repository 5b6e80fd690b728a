#!/bin/sh
# install-deps.sh - installs what sleepcheck needs to build and test on
# Debian 12: a C compiler, make, pkg-config, sqlite3 (library and shell),
# dpkg-dev (for `apt-get source sparse`), the amd64 kernel headers for
# the kbuild test, python3-jsonschema for the JSON schema test, and
# libclang-14-dev with llvm-14 (llvm-config) for the libclang front end
# (`sleepcheck scan`).  Needs root for apt-get; says what is missing
# otherwise.
# --quiet: print nothing when everything is there.
set -eu
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1

pkgs="gcc make pkg-config libsqlite3-dev sqlite3 dpkg-dev xz-utils linux-headers-amd64
      python3 python3-jsonschema libclang-14-dev llvm-14"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -z "$missing" ]; then
	[ $quiet = 1 ] || echo "install-deps: everything is installed"
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	echo "install-deps: missing:$missing" >&2
	echo "install-deps: run as root: apt-get install$missing" >&2
	exit 1
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null
