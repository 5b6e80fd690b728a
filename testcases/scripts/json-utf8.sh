#!/bin/bash
# json-utf8.sh - the JSON and SARIF reports keep UTF-8 in paths and names
# as it is, escape control characters, and write a byte that is not
# well-formed UTF-8 as U+FFFD: a finding in a file under a directory
# named "pilote-réseau" and one in a file whose name holds the byte 0xff
# must come out as valid JSON that names them so.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-utf8.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pilote-réseau"
src='#include <linux/spinlock.h>
#include <linux/sched.h>
static spinlock_t lock;
void f(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}'
echo "$src" >"$work/pilote-réseau/carte.c"
echo "$src" | sed 's/void f(/void g(/' >"$work/bad"$'\xff'"name.c"
cd "$work" || exit 1
for f in "pilote-réseau/carte.c" "bad"$'\xff'"name.c"; do
	"$top/sleepcheck" --db=u.db --no-local-report -I"$top/testcases/include" "$f" ||
		{ echo "check of $f failed"; exit 1; }
done
"$top/sleepcheck" report --db=u.db --format=json >r.json
[ $? = 1 ] || { echo "report did not exit 1"; exit 1; }
"$top/sleepcheck" report --db=u.db --format=sarif >r.sarif
python3 - <<'PY' || exit 1
import json, sys
d = json.load(open("r.json", encoding="utf-8"))
files = sorted(f["atomic"]["call"]["file"] for f in d["findings"])
want = ["bad\ufffdname.c", "pilote-réseau/carte.c"]
if files != want:
    sys.exit("json files %r, want %r" % (files, want))
s = json.load(open("r.sarif", encoding="utf-8"))
uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
              for r in s["runs"][0]["results"])
if len(uris) != 2 or not any("r%C3%A9seau" in u or "réseau" in u for u in uris):
    sys.exit("sarif uris %r" % uris)
PY
exit 0
