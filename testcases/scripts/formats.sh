#!/bin/bash
# formats.sh - `report --format=json|sarif|dot` on the seed and pointer
# fixtures: the JSON validates against schema/report.schema.json
# (python3-jsonschema), the SARIF with the official validator,
# `sarif-multitool validate` (npm @microsoft/sarif-multitool; .ci/run
# installs it under build/npm) with no errors, and dot with Graphviz when
# present.  Each validator is also shown a broken copy, which it must
# reject.  Skips (77) when a validator is missing, unless
# SLEEPCHECK_REQUIRE_VALIDATORS=1 (CI).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-formats.XXXXXX")
trap 'rm -rf "$work"' EXIT
need() {
	echo "$1"
	[ "${SLEEPCHECK_REQUIRE_VALIDATORS:-0}" = 1 ] && exit 1
	exit 77
}
db=$work/f.db
./sleepcheck --no-local-report --db="$db" -Itestcases/include -Itestcases/seed/include \
	testcases/seed/drivers/net/seed_eth.c testcases/seed/kernel/dma/mapping.c \
	testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c \
	testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c \
	testcases/pointers/initializer.c testcases/gfp/callee-locks.c \
	testcases/callbacks/dispatch/core.c testcases/callbacks/dispatch/drv_direct.c \
	testcases/callbacks/indirect.c || exit 1
for f in json sarif dot; do
	./sleepcheck report --db="$db" --format=$f >"$work/out.$f"
	[ $? = 1 ] || { echo "--format=$f: exit status is not 1"; exit 1; }
done
n=$(grep -c '"rule": "sleep-in-atomic"' "$work/out.json")
[ "$n" = 4 ] || { echo "expected 4 findings in the JSON, found $n"; exit 1; }
grep -q '"relied_on": {"calls": 1, "first": {"function": "seed_eth_refill"' "$work/out.json" ||
	{ echo "expected the seed driver under dma_alloc_coherent's contract"; exit 1; }
n=$(grep -c '"rule": "sleep-in-atomic-indirect"' "$work/out.json")
[ "$n" = 1 ] || { echo "expected 1 indirect finding in the JSON, found $n"; exit 1; }

py=/usr/bin/python3
[ -x $py ] || py=python3
$py - "$work/out.json" <<'PY' || exit 1
import json, sys
import jsonschema
schema = json.load(open("schema/report.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
doc = json.load(open(sys.argv[1]))
v.validate(doc)
bad = json.loads(json.dumps(doc))
del bad["findings"][0]["chain"]
bad["findings"][1]["atomic"]["kinds"] = ["sleepy"]
errors = list(v.iter_errors(bad))
if len(errors) != 2:
    sys.exit("the schema missed a broken finding: %d errors" % len(errors))
PY

# a callback's finding: the result is in the driver, the dispatch site
# (core.c:11, with its lock) and the binding are related locations
$py - "$work/out.sarif" <<'PY' || exit 1
import json, sys
doc = json.load(open(sys.argv[1]))
rules = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
found = 0
for r in doc["runs"][0]["results"]:
    if rules[r["ruleIndex"]] != r["ruleId"]:
        sys.exit("ruleIndex %d is not %s" % (r["ruleIndex"], r["ruleId"]))
    loc = r["locations"][0]["physicalLocation"]
    if not loc["artifactLocation"]["uri"].endswith("drv_direct.c"):
        continue
    rel = [(x["physicalLocation"]["artifactLocation"]["uri"],
            x["physicalLocation"]["region"]["startLine"])
           for x in r.get("relatedLocations", [])]
    want = [("testcases/callbacks/dispatch/core.c", 11),
            ("testcases/callbacks/dispatch/core.c", 10),
            ("testcases/callbacks/dispatch/drv_direct.c", 11)]
    if rel != want:
        sys.exit("related locations of the callback's finding: %s" % rel)
    found += 1
if found != 1:
    sys.exit("expected one result in drv_direct.c, found %d" % found)
PY

mt=$top/build/npm/node_modules/.bin/sarif-multitool
[ -x "$mt" ] || mt=$(command -v sarif-multitool || true)
[ -n "$mt" ] || need "sarif-multitool not installed (npm install --prefix build/npm @microsoft/sarif-multitool)"
"$mt" validate "$work/out.sarif" >"$work/v.log" 2>&1
if grep -q " error " "$work/v.log" || ! grep -q "Analysis completed successfully" "$work/v.log"; then
	cat "$work/v.log"; echo "sarif-multitool found errors"; exit 1
fi
# the only best-practice warning allowed is the missing informationUri (README)
if grep " warning " "$work/v.log" | grep -v SARIF2005 | grep -q .; then
	cat "$work/v.log"; echo "sarif-multitool warnings"; exit 1
fi
sed 's/"version": "2.1.0"/"version": "2.0.0"/; s/"startLine": [0-9]*/"startLine": 0/' \
	"$work/out.sarif" >"$work/bad.sarif"
"$mt" validate "$work/bad.sarif" >"$work/v2.log" 2>&1
grep -q " error " "$work/v2.log" || { cat "$work/v2.log"; echo "validator accepted a broken file"; exit 1; }

if command -v dot >/dev/null 2>&1; then
	dot -Tsvg "$work/out.dot" >"$work/out.svg" || exit 1
	grep -q "may sleep" "$work/out.svg" || { echo "dot output lost the findings"; exit 1; }
else
	grep -q "^digraph sleepcheck {" "$work/out.dot" && grep -q "cluster_3" "$work/out.dot" ||
		{ echo "dot output malformed"; exit 1; }
fi
echo "json, sarif and dot: 6 findings, valid"
