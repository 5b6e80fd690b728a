#!/bin/sh
# fetch-sparse.sh: put an unmodified Sparse 0.6.4 source tree at $1.
#
# Sources, in order: $SPARSE_SRC (a directory holding sparse's source);
# Debian's source package through a deb-src entry derived at run time
# from this machine's own apt sources (no host name is written here);
# a git clone of upstream sparse at tag v0.6.4.  Nothing of sparse is
# ever committed to this repository.
set -eu

dest=$1
want=0.6.4
[ -f "$dest/linearize.c" ] && exit 0

if [ -n "${SPARSE_SRC:-}" ]; then
	[ -f "$SPARSE_SRC/linearize.c" ] || {
		echo "fetch-sparse: SPARSE_SRC='$SPARSE_SRC' holds no sparse source" >&2
		exit 2
	}
	mkdir -p "$dest"
	cp -R "$SPARSE_SRC"/. "$dest"/
	exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

try_debian() {
	command -v apt-get >/dev/null 2>&1 || return 1
	lists=$work/apt
	mkdir -p "$lists/lists/partial" "$lists/sources.list.d"
	# turn every 'deb' source this machine uses into a 'deb-src' one
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f"
	done > "$lists/sources.list"
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		sed 's/^Types:.*/Types: deb-src/' "$f" > "$lists/sources.list.d/$(basename "$f")"
	done
	opts="-o Dir::Etc::SourceList=$lists/sources.list
	      -o Dir::Etc::SourceParts=$lists/sources.list.d
	      -o Dir::State::Lists=$lists/lists
	      -o Debug::NoLocking=1"
	# shellcheck disable=SC2086
	apt-get $opts update >"$work/update.log" 2>&1 || return 1
	# shellcheck disable=SC2086
	(cd "$work" && apt-get $opts source --download-only "sparse=$want-*" \
		>"$work/source.log" 2>&1 || apt-get $opts source --download-only sparse \
		>>"$work/source.log" 2>&1) || return 1
	orig=$(ls "$work"/sparse_"$want"*.orig.tar.* 2>/dev/null | head -n 1)
	[ -n "$orig" ] || return 1
	mkdir -p "$work/x"
	tar -xf "$orig" -C "$work/x"
	src=$(ls -d "$work"/x/sparse* | head -n 1)
	[ -f "$src/linearize.c" ] || return 1
	mkdir -p "$dest"
	cp -R "$src"/. "$dest"/
}

try_git() {
	command -v git >/dev/null 2>&1 || return 1
	git clone -q --depth 1 --branch "v$want" \
		https://git.kernel.org/pub/scm/devel/sparse/sparse.git "$work/git" \
		>/dev/null 2>&1 || return 1
	mkdir -p "$dest"
	cp -R "$work/git"/. "$dest"/
}

if try_debian; then
	echo "fetch-sparse: sparse $want from Debian's source package"
elif try_git; then
	echo "fetch-sparse: sparse $want from upstream git"
else
	echo "fetch-sparse: cannot fetch sparse $want; set SPARSE_SRC to its source directory" >&2
	[ -f "$work/source.log" ] && tail -n 3 "$work/source.log" >&2
	exit 2
fi
