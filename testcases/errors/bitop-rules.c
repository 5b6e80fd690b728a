/* bitop rules that say nothing a front end can use stop the run */
void bitop_rules(void)
{
}
/*
 * check-name: a bad bitop rule stops the run with file:line:col
 * check-exit-value: 0
 * check-command: for r in 'bitop set_bit' 'bitop set_bit toggle' 'bitop 9x set'; do rm -rf $tmp/r; mkdir $tmp/r && cp rules/*.rules $tmp/r && printf '%s\n' "$r" > $tmp/r/zz.rules && sleepcheck --rules=$tmp/r $file 2>&1 | sed "s|$tmp/||"; echo "exit ${PIPESTATUS[0]}"; done
 *
 * check-output-start
r/zz.rules:1:1: error: 'bitop' takes a function name and set, clear or test
exit 2
r/zz.rules:1:15: error: a 'bitop' is set, clear or test
exit 2
r/zz.rules:1:1: error: 'bitop' takes a function name and set, clear or test
exit 2
 * check-output-end
 */
