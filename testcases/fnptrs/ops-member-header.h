/* ops-member-header.c's header: a static call a header makes in every
 * file that includes it (TRACE_EVENT's event_##call,
 * include/trace/trace_events.h:468) */
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

extern struct event_functions user_stack_funcs;

static struct event_call header_call __attribute__((used)) = {
	.flags = 1,
	.event.funcs = &user_stack_funcs,
};
