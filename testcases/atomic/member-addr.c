#include <linux/bug.h>
#include <linux/irqflags.h>
#include <linux/slab.h>

/*
 * Like ftrace_dump() in kernel/trace/trace.c (6.1: 10145-10168,
 * 3969-4011): the iterator's temp buffer is a static one, set by
 * trace_init_global_iter(), and trace_find_next_entry() allocates a
 * buffer only where the pointer member is not that static buffer (its
 * `!WARN_ON_ONCE(iter->temp == static_temp_buf)`).  Here the init
 * function sets the member to another static buffer: the callee's test
 * of it fails and kmalloc(GFP_KERNEL) runs with interrupts off.
 */
#define STATIC_TEMP_BUF_SIZE	128
static char static_temp_buf[STATIC_TEMP_BUF_SIZE];
static char other_buf[STATIC_TEMP_BUF_SIZE];

struct trace_iterator {
	int cpu_file;
	void *temp;
	unsigned int temp_size;
	char *fmt;
	void *ent;
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

void trace_init_global_iter(struct trace_iterator *iter)
{
	iter->cpu_file = -1;
	iter->temp = other_buf;
	iter->temp_size = STATIC_TEMP_BUF_SIZE;
	iter->fmt = 0;
}

void ftrace_dump(void)
{
	struct trace_iterator iter;
	unsigned long flags;

	local_irq_save(flags);
	trace_init_global_iter(&iter);
	iter.ent_size = 256;
	trace_find_next_entry(&iter);
	local_irq_restore(flags);
}
/*
 * check-name: a pointer member set to another static buffer's address by the caller's init function: the callee's test of it fails, it allocates
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-addr.c:57:9: warning: call to 'trace_find_next_entry' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/member-addr.c:54:9: note: atomic context begins here, at 'arch_local_irq_save' in 'ftrace_dump'
testcases/atomic/member-addr.c:57:9: note: 'ftrace_dump' calls 'trace_find_next_entry'
testcases/atomic/member-addr.c:33:23: note: 'trace_find_next_entry' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'temp' of what argument 1 points to is not the address of the object it is compared with, which may sleep
 * check-output-end
 */
