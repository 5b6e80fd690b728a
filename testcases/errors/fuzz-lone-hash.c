/* regression: libFuzzer (fuzz_rules) found a read past a lone "#" */
/*
 * check-name: a rules file that is a lone "#" without a newline is an empty comment
 * check-exit-value: 0
 * check-command: sleepcheck report --rules=testcases/errors/rules-fuzz-hash --db=testcases/errors/no-such.db; echo "exit $?"
 *
 * check-output-start
exit 2
 * check-output-end
 * check-error-start
sleepcheck: error: cannot open database 'testcases/errors/no-such.db': No such file or directory; run the build with CHECK=sleepcheck first
 * check-error-end
 */
