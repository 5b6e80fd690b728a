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
 * (8250_core.c:548, serial8250_isa_config).  Here no file in the
 * database stores to the field at all: its stores may be in files not
 * checked (a module checked without the core), so nothing is decided
 * and the sleep is reported.
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
};

struct uart_port {
	spinlock_t lock;
	int type;
};

struct uart_8250_port {
	struct uart_port port;
	unsigned int capabilities;
};

static void (*isa_config)(int port, struct uart_port *up, unsigned int *capabilities);

static void rpm_get(struct uart_8250_port *p)
{
	if (!(p->capabilities & CAP_RPM))
		return;
	msleep(1);
}

void break_ctl(struct uart_8250_port *up)
{
	spin_lock(&up->port.lock);
	rpm_get(up);
	spin_unlock(&up->port.lock);
}
/*
 * check-name: a field no file of the database stores to is not decided
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/unseen.c:57:9: warning: call to 'rpm_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/unseen.c:56:9: note: atomic context begins here, at '_raw_spin_lock' in 'break_ctl'
testcases/fields/unseen.c:57:9: note: 'break_ctl' calls 'rpm_get'
testcases/fields/unseen.c:51:9: note: 'rpm_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
 * check-output-end
 */
