#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag bit no store of the program sets: the 8250 driver's
 * serial8250_rpm_get() returns at once unless `p->capabilities &
 * UART_CAP_RPM`, and only 8250_omap.c (not built here) sets that bit
 * (drivers/tty/serial/8250/8250_port.c:566, 8250_omap.c:725).  The
 * stores are constants, `|=` of constants, `&=`, a copy from a static
 * table's designated and positional initializers (8250_port.c:1328,
 * uart_config[].flags), a copy from the same field (8250_core.c:1012)
 * and the field's address passed to a function pointer nothing sets
 * (8250_core.c:548, serial8250_isa_config; here a field no function is
 * bound to).  Here one entry of the
 * table has the bit, copied into the field: the sleep is reported.
 */
#define CAP_FIFO	(1 << 8)
#define CAP_EFR		(1 << 9)
#define CAP_SLEEP	(1 << 10)
#define CAP_RPM		(1 << 15)

struct serial_config {
	const char *name;
	unsigned short fifo_size;
	unsigned int flags;
};

static const struct serial_config uart_config[] = {
	[0] = { .name = "16450", .fifo_size = 1 },
	[1] = { .name = "16550A", .fifo_size = 16, .flags = CAP_FIFO },
	[2] = { "16750", 64, CAP_FIFO | CAP_SLEEP },
	[3] = { "omap", 64, CAP_FIFO | CAP_RPM },
};

struct uart_port {
	spinlock_t lock;
	int type;
};

struct uart_8250_port {
	struct uart_port port;
	unsigned int capabilities;
};

struct board_ops {
	void (*config)(int port, struct uart_port *up, unsigned int *capabilities);
};

extern const struct board_ops *isa_ops;	/* no board sets one here */

static void rpm_get(struct uart_8250_port *p)
{
	if (!(p->capabilities & CAP_RPM))
		return;
	msleep(1);
}

void autoconfig(struct uart_8250_port *up)
{
	up->capabilities = uart_config[up->port.type].flags;
	up->capabilities |= CAP_EFR | CAP_SLEEP;
	up->capabilities &= ~CAP_FIFO;
	if (isa_ops)
		isa_ops->config(0, &up->port, &up->capabilities);
}

void register_port(struct uart_8250_port *uart, struct uart_8250_port *up)
{
	uart->capabilities = up->capabilities;
}

void break_ctl(struct uart_8250_port *up)
{
	spin_lock(&up->port.lock);
	rpm_get(up);
	spin_unlock(&up->port.lock);
}
/*
 * check-name: a field bit set by a static table's initializer, copied into the field, keeps the sleep behind it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/table-copy.c:75:9: warning: call to 'rpm_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/table-copy.c:74:9: note: atomic context begins here, at '_raw_spin_lock' in 'break_ctl'
testcases/fields/table-copy.c:75:9: note: 'break_ctl' calls 'rpm_get'
testcases/fields/table-copy.c:55:9: note: 'rpm_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
 * check-output-end
 */
