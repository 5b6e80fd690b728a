#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * uart_port_startup() in drivers/tty/serial/serial_core.c:228-259 (6.1):
 * uport = uart_port_check(state) is dereferenced at :236 (uport->type),
 * so uart_port_unlock(uport, flags)'s `if (__uport)` (serial_core.c:83-90)
 * is true there and the port lock uart_port_lock() took (:75-81, through
 * another pointer, uart_port_ref()) is dropped on both branches.  A
 * pointer dereferenced on every path to a test of it is not NULL there
 * (ir.h struct ir_deref), as smatch assumes: the sleep after is clean.
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

int port_startup(struct uart_state *state, char *page)
{
	struct uart_port *uport = uart_port_check(state);
	unsigned long flags;

	if (uport->type == 0)
		return 1;
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
 * check-name: a pointer dereferenced on every path is not NULL at a test of it: its unlock runs (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
