/*
 * A call through `call->event.funcs->trace` (kernel/trace/trace.c:2891,
 * output_printk()) reaches only the functions of the objects the program
 * stores into the event.funcs of an event_call: user_stack_funcs is
 * given only to a standalone event (trace_output.c:1166), which no
 * event_call holds, so its sleeping print is not reached.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct iter;

struct event_functions {
	int (*trace)(struct iter *it, int flags);
};

struct trace_ev {
	int type;
	struct event_functions *funcs;
};

struct event_call {
	int flags;
	struct trace_ev event;
};

static int user_stack_print(struct iter *it, int flags)
{
	msleep(1);
	return 0;
}

static int raw_output(struct iter *it, int flags)
{
	return flags;
}

static struct event_functions user_stack_funcs = { .trace = user_stack_print };
static struct event_functions raw_output_funcs = { .trace = raw_output };

/* a standalone event: in no event_call */
struct trace_ev user_stack_event = { .type = 12, .funcs = &user_stack_funcs };

/* TRACE_EVENT's calls (include/trace/trace_events.h:490) */
struct event_call sched_call = { .flags = 1, .event.funcs = &raw_output_funcs };

/* a probe's call made at run time (trace_kprobe.c:1790) */
void init_call(struct event_call *call)
{
	call->event.funcs = &raw_output_funcs;
}

static spinlock_t iter_lock;

void output_printk(struct event_call *call, struct iter *it)
{
	spin_lock(&iter_lock);
	call->event.funcs->trace(it, 0);
	spin_unlock(&iter_lock);
}
/*
 * check-name: a call through a struct loaded from a pointer member reaches only the objects stored there
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
