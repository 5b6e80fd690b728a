#include <linux/bug.h>
#include <linux/irqflags.h>
#include <linux/slab.h>

/*
 * Like ftrace_dump() in kernel/trace/trace.c (6.1: 10145-10168,
 * 3969-4011): the iterator's temp buffer is a static one, set by
 * trace_init_global_iter(), and trace_find_next_entry() allocates a
 * buffer only where the pointer member is not that static buffer (its
 * `!WARN_ON_ONCE(iter->temp == static_temp_buf)`).  The caller fills
 * its iterator through the init function with interrupts off: the
 * member's value, the address of static_temp_buf, decides the test,
 * and nothing sleeps.
 */
#define STATIC_TEMP_BUF_SIZE	128
static char static_temp_buf[STATIC_TEMP_BUF_SIZE];

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
	iter->temp = static_temp_buf;
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
 * check-name: a pointer member set to a static buffer's address by the caller's init function decides the callee's test of it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
