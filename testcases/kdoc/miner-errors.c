/* bad input to rules-from-doc --kernel-doc, and to the rules it writes */
/*
 * check-name: rules-from-doc --kernel-doc and the doc-sleep, version and atomic-ok-field rules: bad input gives file:line and status 2
 * check-exit-value: 0
 * check-command: cd $dir; for p in bad-kind bad-scope bad-fields bad-unlocks; do sleepcheck rules-from-doc --kernel-doc --patterns=errors/$p.patterns tree >/dev/null; echo "exit $?"; done; sleepcheck rules-from-doc --kernel-doc no-such-tree >/dev/null; echo "exit $?"; sleepcheck rules-from-doc --kernel-doc; echo "exit $?"; for r in doc-sleep doc-sleep-unlocks version-late version-bad field guarded; do sleepcheck report --rules=errors/$r --db=$tmp/none.db; echo "exit $?"; done
 *
 * check-output-start
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
 * check-output-end
 * check-error-start
errors/bad-kind.patterns:3:1: error: unknown pattern kind 'sleeps'
errors/bad-scope.patterns:1:1: error: unknown pattern scope 'always' (whole, body)
errors/bad-fields.patterns:1:1: error: expected 'fields STRUCT HEADER DOC'
errors/bad-unlocks.patterns:1:1: error: expected 'unlocks KINDS "phrase"'
sleepcheck: error: cannot open 'no-such-tree': No such file or directory
sleepcheck: error: usage: sleepcheck rules-from-doc --kernel-doc [--patterns=FILE] [--stats] [--list-skipped] TREE [PATH...]
errors/doc-sleep/a.rules:2:1: error: expected 'doc-sleep NAME [gfp] [unlocks KINDS]'
errors/doc-sleep-unlocks/a.rules:2:34: error: unknown atomic kind 'xa_lock' (known: spin, irq, preempt, bh, rcu)
errors/version-late/a.rules:2:1: error: 'version' must come before the rules of its file
errors/version-bad/a.rules:1:9: error: '6.x' is not a kernel version such as 6.12
errors/field/a.rules:1:1: error: expected 'contract atomic-ok-field STRUCT FIELD'
errors/guarded/a.rules:4:24: error: argument number must be 1..26 or 'gfp', not 'seven'
 * check-error-end
 */
