#!/bin/bash
# html.sh - `report --format=html` rendered by a real headless browser
# (Debian's chromium): the page's DOM must hold every finding, one SVG
# graph each, and every step of every chain with its source line.  Skips
# (77) without chromium unless SLEEPCHECK_REQUIRE_BROWSER=1 (CI).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "chromium is not installed"
	[ "${SLEEPCHECK_REQUIRE_BROWSER:-0}" = 1 ] && exit 1
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-html.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/h.db
./sleepcheck --no-local-report --db="$db" -Itestcases/include -Itestcases/seed/include \
	testcases/seed/drivers/net/seed_eth.c testcases/seed/kernel/dma/mapping.c \
	testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c \
	testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c \
	testcases/pointers/initializer.c || exit 1
./sleepcheck report --db="$db" --format=html >"$work/r.html"
./sleepcheck report --db="$db" --format=json >"$work/r.json"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
	--no-first-run --disable-background-networking --disable-component-update \
	--disable-sync --user-data-dir="$work/profile" --dump-dom "file://$work/r.html" \
	>"$work/dom.html" 2>"$work/browser.log" || { tail "$work/browser.log"; exit 1; }
py=/usr/bin/python3
[ -x $py ] || py=python3
$py - "$work/r.json" "$work/dom.html" <<'PY'
import html, json, re, sys
doc = json.load(open(sys.argv[1]))
dom = open(sys.argv[2]).read()
text = html.unescape(re.sub(r"<[^>]+>", " ", dom))
text = re.sub(r"\s+", " ", text)
findings = doc["findings"]
assert findings, "no findings"
svgs = dom.count("<svg")
assert svgs == len(findings), "%d graphs for %d findings" % (svgs, len(findings))
assert "%d findings" % len(findings) in text, "summary"
for f in findings:
    assert f["message"] in text, "finding missing: " + f["message"]
    for s in f["chain"]:
        assert "%s:%d" % (s["file"], s["line"]) in text, "step missing: %r" % s
        assert "%s \u2192 %s" % (s["function"], s["calls"]) in text, "call missing: %r" % s
        src = open(s["file"]).read().split("\n")[s["line"] - 1].strip()
        assert re.sub(r"\s+", " ", src) in text, "source line missing: " + src
print("html: %d findings, %d steps, all in the rendered page" %
      (len(findings), sum(len(f["chain"]) for f in findings)))
PY
