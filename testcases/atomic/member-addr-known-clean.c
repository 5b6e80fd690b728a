#include <linux/bug.h>
#include <linux/irqflags.h>
#include <linux/slab.h>

/*
 * Like trace_init_global_iter() and trace_find_next_entry() in
 * kernel/trace/trace.c (6.1: 10145-10168, 3969-4011), the store made by
 * the caller itself: it points the iterator's temp member at the static
 * buffer right before the call, with interrupts off, and the callee
 * allocates only where the member is not that buffer
 * (`!WARN_ON_ONCE(iter->temp == static_temp_buf)`): nothing sleeps.
 */
#define STATIC_TEMP_BUF_SIZE	128
static char static_temp_buf[STATIC_TEMP_BUF_SIZE];

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
	iter->temp = static_temp_buf;
	iter->temp_size = STATIC_TEMP_BUF_SIZE;
	trace_find_next_entry(iter);
	local_irq_restore(flags);
}
/*
 * check-name: a pointer member the caller sets to a static buffer's address right before the call decides the callee's test of it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
