#!/bin/bash
# fact-text.sh - the facts' sub-records (a call's objects and function
# arguments, a function's flag atoms) survive their text and the database
# (testcases/unit/fact_text_test.c, built by `make check`).
top=$(cd "$(dirname "$0")/../.." && pwd)
# the sanitizer build's own binary in a SANITIZE check (run-tests.sh)
t=$top/build/tests/fact_text_test${SANITIZE:+-san}
[ -x "$t" ] || make -C "$top" -s "${t#$top/}" SANITIZE="${SANITIZE:-}" || exit 1
exec "$t"
