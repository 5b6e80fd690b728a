/* regression: libFuzzer (fuzz_rules) found a use after free here */
/*
 * check-name: a lone 'contract' directive is an error, not a read of the previous line
 * check-exit-value: 0
 * check-command: sleepcheck report --rules=testcases/errors/rules-fuzz-contract; echo "exit $?"
 *
 * check-output-start
exit 2
 * check-output-end
 * check-error-start
testcases/errors/rules-fuzz-contract/zz-fuzz.rules:3:1: error: expected 'contract irqs-on NAME', 'contract irqs-off-ok NAME GFPARG', 'contract atomic-ok NAME', 'contract atomic-ok-if NAME ARG MASK', 'contract no-interrupt NAME' or 'contract atomic-ok-field STRUCT FIELD'
 * check-error-end
 */
