/* explain names the call through the field that makes a callback atomic */
void explain_dispatch_anchor(void)
{
}
/*
 * check-name: explain: a callback runs in atomic context because a call through its field holds a spinlock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/core.c $dir/drv_helpers.c $dir/drv_quiet.c && sleepcheck explain helpers_kick && sleepcheck explain quiet_kick
 *
 * check-output-start
testcases/callbacks/dispatch/drv_helpers.c:18:13: 'helpers_kick' (static)
  may sleep:
    testcases/callbacks/dispatch/drv_helpers.c:20:9: 'helpers_kick' calls 'helpers_update'
    testcases/callbacks/dispatch/drv_helpers.c:14:9: 'helpers_update' calls 'helpers_lock'
    testcases/callbacks/dispatch/drv_helpers.c:9:9: 'helpers_lock' calls 'mutex_lock', which may sleep
  entered with spinlock held: from 'core_kick' at testcases/callbacks/dispatch/core.c:11:9
  runs in atomic context: stored in 'struct cb_ops.kick' at testcases/callbacks/dispatch/drv_helpers.c:24:17, which 'core_kick' calls in atomic context at testcases/callbacks/dispatch/core.c:11:9
testcases/callbacks/dispatch/drv_quiet.c:5:13: 'quiet_kick' (static)
  does not sleep (no chain to a sleep source)
  entered with spinlock held: from 'core_kick' at testcases/callbacks/dispatch/core.c:11:9
  runs in atomic context: stored in 'struct cb_ops.kick' at testcases/callbacks/dispatch/drv_quiet.c:11:17, which 'core_kick' calls in atomic context at testcases/callbacks/dispatch/core.c:11:9
 * check-output-end
 */
