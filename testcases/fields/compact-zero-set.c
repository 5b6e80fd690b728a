/*
 * compact-zero.c with compact-contig.c, a file that makes a struct
 * compact_control with alloc_contig true (alloc_contig_range()): the
 * test may hold, and the sleep under the zone's lock is reported.
 *
 * check-name: an initializer that sets the bool member makes its test hold
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $dir/compact-zero.c $dir/compact-contig.c && sleepcheck report
 *
 * check-output-start
testcases/fields/compact-zero.c:63:31: warning: call to 'isolate_or_dissolve_huge_page' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/compact-zero.c:56:9: note: atomic context begins here, at '_raw_spin_lock' in 'isolate_block'
testcases/fields/compact-zero.c:63:31: note: 'isolate_block' calls 'isolate_or_dissolve_huge_page' on a path taken only when field 'struct compact_control.alloc_contig' has a bit of 0x1 set
testcases/fields/compact-zero.c:45:9: note: 'isolate_or_dissolve_huge_page' calls '__might_sleep', which may sleep
 * check-output-end
 */
