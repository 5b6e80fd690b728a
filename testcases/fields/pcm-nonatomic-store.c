/*
 * pcm-nonatomic.c with pcm-set-nonatomic.c, a file that stores true into
 * `struct snd_pcm.nonatomic`: the mutex branches may run, each with the
 * caller's spinlock held, and are reported (the lock taken through the
 * argument, group_lock(), and the one under the test of the field;
 * group_ref()'s is the same sleep from the same atomic section).
 *
 * check-name: a store that sets the bool field makes its tests and the callee's test of its value hold
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $dir/pcm-nonatomic.c $dir/pcm-set-nonatomic.c && sleepcheck report
 *
 * check-output-start
testcases/fields/pcm-nonatomic.c:77:9: warning: call to 'stream_lock' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/pcm-nonatomic.c:76:9: note: atomic context begins here, at '_raw_spin_lock' in 'period_elapsed'
testcases/fields/pcm-nonatomic.c:77:9: note: 1 other call in this atomic section reaches the same sleep (--show-all-paths lists them)
testcases/fields/pcm-nonatomic.c:77:9: note: 'period_elapsed' calls 'stream_lock'
testcases/fields/pcm-nonatomic.c:46:9: note: 'stream_lock' calls 'group_lock'
testcases/fields/pcm-nonatomic.c:39:17: note: 'group_lock' calls 'mutex_lock' on a path taken only when its argument 2 is non-zero, which may sleep
testcases/fields/pcm-nonatomic.c:78:9: warning: call to 'stream_lock_irqsave' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/pcm-nonatomic.c:76:9: note: atomic context begins here, at '_raw_spin_lock' in 'period_elapsed'
testcases/fields/pcm-nonatomic.c:78:9: note: 'period_elapsed' calls 'stream_lock_irqsave'
testcases/fields/pcm-nonatomic.c:52:17: note: 'stream_lock_irqsave' calls 'mutex_lock' on a path taken only when field 'struct snd_pcm.nonatomic' has a bit of 0x1 set, which may sleep
 * check-output-end
 */
