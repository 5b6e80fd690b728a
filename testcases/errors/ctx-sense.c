/*
 * check-name: a ctx-test-not rule of a test an assert-test rule names stops the run with file:line:col
 * check-exit-value: 0
 * check-command: sleepcheck report --rules=testcases/errors/rules-ctx-sense; echo "report exit $?"
 *
 * check-output-start
report exit 2
 * check-output-end
 * check-error-start
testcases/errors/rules-ctx-sense/zz-local.rules:3:18: error: 'irqs_disabled' is a test of the other sense at testcases/errors/rules-ctx-sense/zz-local.rules:2
 * check-error-end
 */
