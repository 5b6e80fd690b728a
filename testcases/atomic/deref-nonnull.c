#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The buggy twin of deref-nonnull-clean.c (uart_port_startup(),
 * drivers/tty/serial/serial_core.c:228-259): uport is read only where
 * `quick` holds (the right of `&&`), its address taken without reading
 * it (`&uport->type`), or in one arm of `?:`, so where uport is NULL the
 * unlock is skipped and the sleep after runs with the port lock held.
 * None of these dereferences is on every path.
 */
struct uart_port {
	int type;
	spinlock_t lock;
};
struct uart_state {
	struct uart_port *uart_port;
	char *buf;
};
int port_ref_ok(struct uart_state *state);
void port_deref(struct uart_port *uport);
void note_type(int *type);
extern int last_type;

static inline struct uart_port *uart_port_ref(struct uart_state *state)
{
	if (port_ref_ok(state))
		return state->uart_port;
	return NULL;
}

#define uart_port_lock(state, flags)					\
	({								\
		struct uart_port *__uport = uart_port_ref(state);	\
		if (__uport)						\
			spin_lock_irqsave(&__uport->lock, flags);	\
		__uport;						\
	})

#define uart_port_unlock(uport, flags)					\
	({								\
		struct uart_port *__uport = uport;			\
		if (__uport) {						\
			spin_unlock_irqrestore(&__uport->lock, flags);	\
			port_deref(__uport);				\
		}							\
	})

static inline struct uart_port *uart_port_check(struct uart_state *state)
{
	return state->uart_port;
}

int port_startup(struct uart_state *state, char *page, int quick)
{
	struct uart_port *uport = uart_port_check(state);
	unsigned long flags;

	if (quick && uport->type == 0)
		return 1;
	note_type(&uport->type);
	last_type = quick ? uport->type : 1;
	uart_port_lock(state, flags);
	if (!state->buf) {
		state->buf = page;
		uart_port_unlock(uport, flags);
	} else {
		uart_port_unlock(uport, flags);
	}
	msleep(1);
	return 0;
}
/*
 * check-name: a pointer dereferenced on some paths only may be NULL at a test of it: its unlock may not run (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/deref-nonnull.c:71:9: warning: call to 'msleep' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/deref-nonnull.c:64:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'port_startup'
testcases/atomic/deref-nonnull.c:71:9: note: 'port_startup' calls 'msleep' on a path taken only when its field 'uart_port' of what argument 1 points to is zero, which may sleep
 * check-output-end
 */
