#include <linux/bug.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

/*
 * Like ftrace_dump() in kernel/trace/trace.c (6.1: 10170-10273, 3969-4011,
 * 4015-4024, 10145-10168) and trace_iterator_reset() (trace.h:1975):
 * ftrace_dump()'s iterator is a function's static object.  Its first call,
 * trace_init_global_iter(), leaves the static buffer's address in its
 * temp member on every path; trace_iterator_reset() zeroes the object
 * from its seq member on (memset_startat(), include/linux/string.h:389),
 * after temp; trace_printk_seq() is given the address of seq;
 * trace_find_next_entry_inc() returns the iterator (`iter->ent ? iter :
 * NULL`); and trace_find_next_entry() stores temp only where its
 * `!WARN_ON_ONCE(iter->temp == static_temp_buf)` found another buffer,
 * the same test that keeps it from kmalloc(GFP_KERNEL).
 * Here the reset zeroes the object from temp on: the member is NULL at
 * print_trace_line(), and kmalloc(GFP_KERNEL) runs with interrupts off
 * (clean twin: member-addr-static-clean.c).
 */
#define STATIC_TEMP_BUF_SIZE	128
static char static_temp_buf[STATIC_TEMP_BUF_SIZE];

struct trace_seq {
	char buffer[64];
	int len;
};

struct trace_iterator {
	int cpu_file;
	void *temp;
	unsigned int temp_size;
	char *fmt;
	struct trace_seq seq;
	void *ent;
	int ent_size;
	int cpu;
	long pos;
};

/* memset_startat(iter, 0, temp) written out (libclang reads no
 * operator inside a macro's body) */
static inline void trace_iterator_reset(struct trace_iterator *iter)
{
	({
		unsigned char *__ptr = (unsigned char *)(iter);

		memset(__ptr + offsetof(typeof(*(iter)), temp), 0,
		       sizeof(*(iter)) - offsetof(typeof(*(iter)), temp));
	});
	iter->pos = -1;
}

int trace_find_next_entry(struct trace_iterator *iter)
{
	int ent_size = iter->ent_size;

	if (iter->temp == static_temp_buf && STATIC_TEMP_BUF_SIZE < ent_size)
		return -1;
	if (iter->ent && iter->ent != iter->temp) {
		if ((!iter->temp || iter->temp_size < iter->ent_size) &&
		    !WARN_ON_ONCE(iter->temp == static_temp_buf)) {
			void *temp = kmalloc(iter->ent_size, GFP_KERNEL);

			if (!temp)
				return -1;
			kfree(iter->temp);
			iter->temp = temp;
			iter->temp_size = iter->ent_size;
		}
		memcpy(iter->temp, iter->ent, iter->ent_size);
		iter->ent = iter->temp;
	}
	iter->ent_size = ent_size;
	return 0;
}

static void *find_next_entry(struct trace_iterator *iter, int *cpu)
{
	*cpu = 0;
	return iter->ent;
}

void *trace_find_next_entry_inc(struct trace_iterator *iter)
{
	iter->ent = find_next_entry(iter, &iter->cpu);
	return iter->ent ? iter : NULL;
}

int print_trace_line(struct trace_iterator *iter)
{
	return trace_find_next_entry(iter);
}

int trace_empty(struct trace_iterator *iter)
{
	return !iter->ent;
}

void trace_printk_seq(struct trace_seq *s)
{
	s->len = 0;
}

void trace_init_global_iter(struct trace_iterator *iter)
{
	iter->cpu_file = -1;
	iter->temp = static_temp_buf;
	iter->temp_size = STATIC_TEMP_BUF_SIZE;
	iter->fmt = NULL;
}

void ftrace_dump(int mode)
{
	static struct trace_iterator iter;
	unsigned long flags;

	local_irq_save(flags);
	trace_init_global_iter(&iter);
	iter.cpu_file = mode;
	while (!trace_empty(&iter)) {
		trace_iterator_reset(&iter);
		if (trace_find_next_entry_inc(&iter) != NULL)
			print_trace_line(&iter);
		trace_printk_seq(&iter.seq);
	}
	local_irq_restore(flags);
}
/*
 * check-name: a function's static object whose pointer member a memset of its tail zeroes after the first call set it: the callee allocates
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-addr-static.c:126:25: warning: call to 'print_trace_line' may sleep with interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/member-addr-static.c:120:9: note: atomic context begins here, at 'arch_local_irq_save' in 'ftrace_dump'
testcases/atomic/member-addr-static.c:126:25: note: 'ftrace_dump' calls 'print_trace_line'
testcases/atomic/member-addr-static.c:94:16: note: 'print_trace_line' calls 'trace_find_next_entry'
testcases/atomic/member-addr-static.c:65:38: note: 'trace_find_next_entry' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'temp' of what argument 1 points to is not the address of the object it is compared with, which may sleep
 * check-output-end
 */
