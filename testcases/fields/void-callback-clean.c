#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>

/*
 * A struct pointer kept in a void * and converted back writes none of the
 * struct's fields: the 8250 driver hands its struct uart_8250_port * to
 * the DMA engine as a callback's void * (drivers/tty/serial/8250/
 * 8250_dma.c:78 and 124, desc->callback_param = p) and its callbacks
 * convert it back (8250_dma.c:17 __dma_tx_complete(void *param), :48
 * __dma_rx_complete(void *param), which serial8250_rx_dma_flush() calls
 * directly with its struct pointer, :139).  Here: a void * field, a void *
 * variable, a static function and a global one whose void * parameter is
 * only ever converted to the struct's pointer (both called directly with
 * it), memcpy() from another struct of the same type
 * (rules/kernel-memory.rules mem-copy) and a parameter that points to
 * const.  The writes are the fields' own stores, none of which sets
 * CAP_RPM, so rpm_get()'s test never holds and nothing is reported.
 */
#define CAP_FIFO	(1 << 8)
#define CAP_RPM		(1 << 15)

spinlock_t port_lock;

struct dma_desc {
	void (*callback)(void *param);
	void *callback_param;
};

struct u_port {
	unsigned int capabilities;
	int rx_running;
};

static void rx_complete(void *param)
{
	struct u_port *p = param;

	p->rx_running = 0;
}

void u_port_done(void *data)
{
	struct u_port *p = (struct u_port *)data;

	p->rx_running = 0;
}

void rx_start(struct dma_desc *desc, struct u_port *p)
{
	void *v = p;
	struct u_port *q = v;

	q->capabilities = CAP_FIFO;
	desc->callback = rx_complete;
	desc->callback_param = p;
}

void show_bytes(const void *p, int len);

void u_port_copy(struct u_port *dst, const struct u_port *src)
{
	memcpy(dst, src, sizeof(*dst));
	show_bytes(src, sizeof(*src));
}

static void rpm_get(struct u_port *p)
{
	if (!(p->capabilities & CAP_RPM))
		return;
	msleep(1);
}

void rx_flush(struct u_port *p)
{
	spin_lock(&port_lock);
	rpm_get(p);
	rx_complete(p);
	u_port_done(p);
	spin_unlock(&port_lock);
}
/*
 * check-name: a struct pointer kept in a callback's void * and converted back keeps the tests of its fields decided
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
