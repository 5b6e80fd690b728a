/*
 * A call through `call->event.funcs->trace` (kernel/trace/trace.c:2891):
 * a store of user_stack_funcs through a plain `struct trace_ev *` may be
 * into the event a call holds, so its sleeping print is reached.
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
/* a store through a plain pointer: the event may be inside a call */
void set_funcs(struct trace_ev *ev)
{
	ev->funcs = &user_stack_funcs;
}
/*
 * check-name: a store through a plain pointer reaches a struct inside another
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnptrs/ops-member.c:27:9: warning: call to 'msleep' may sleep in atomic context, in 'user_stack_print' [-Wsleep-in-atomic]
testcases/fnptrs/ops-member.c:56:9: note: 'user_stack_print' runs in atomic context: 'output_printk' calls through 'struct event_functions'.trace here with spinlock held
testcases/fnptrs/ops-member.c:55:9: note: atomic context begins here, at '_raw_spin_lock' in 'output_printk'
testcases/fnptrs/ops-member.c:36:61: note: 'user_stack_print' is bound to 'struct event_functions.trace' here, in the initializer of 'user_stack_funcs'
testcases/fnptrs/ops-member.c:27:9: note: 'user_stack_print' calls 'msleep', which may sleep
 * check-output-end
 */
