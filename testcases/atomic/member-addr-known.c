#include <linux/bug.h>
#include <linux/irqflags.h>
#include <linux/slab.h>

/*
 * Like trace_init_global_iter() and trace_find_next_entry() in
 * kernel/trace/trace.c (6.1: 10145-10168, 3969-4011), the store made by
 * the caller itself: here it points the iterator's temp member at
 * another buffer right before the call, with interrupts off, and the
 * callee allocates where the member is not the static buffer
 * (`!WARN_ON_ONCE(iter->temp == static_temp_buf)`): it may sleep.
 */
#define STATIC_TEMP_BUF_SIZE	128
static char static_temp_buf[STATIC_TEMP_BUF_SIZE];
char other_buf[STATIC_TEMP_BUF_SIZE];

struct trace_iterator {
	int cpu_file;
	void *temp;
	unsigned int temp_size;
	int ent_size;
};

int trace_find_next_entry(struct trace_iterator *iter)
{
	void *ent;

	if (iter->temp_size < iter->ent_size &&
	    !WARN_ON_ONCE(iter->temp == static_temp_buf)) {
		ent = kmalloc(iter->ent_size, GFP_KERNEL);
		if (!ent)
			return -1;
		kfree(ent);
	}
	return 0;
}

void ftrace_dump_iter(struct trace_iterator *iter)
{
	unsigned long flags;

	local_irq_save(flags);
	iter->temp = other_buf;
	iter->temp_size = STATIC_TEMP_BUF_SIZE;
	trace_find_next_entry(iter);
	local_irq_restore(flags);
}
/*
 * check-name: a pointer member the caller sets to another buffer's address right before the call: the callee's test of it fails, it allocates
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-addr-known.c:45:9: warning: call to 'trace_find_next_entry' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/member-addr-known.c:42:9: note: atomic context begins here, at 'arch_local_irq_save' in 'ftrace_dump_iter'
testcases/atomic/member-addr-known.c:45:9: note: 'ftrace_dump_iter' calls 'trace_find_next_entry'
testcases/atomic/member-addr-known.c:30:23: note: 'trace_find_next_entry' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'temp' of what argument 1 points to is not the address of the object it is compared with, which may sleep
 * check-output-end
 */
