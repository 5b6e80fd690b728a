/* the other file of two-files.c (no test of its own): 8250_omap.c's store of the bit
 * (drivers/tty/serial/8250/8250_omap.c:725), checked as a file of its own */
#define CAP_RPM		(1 << 15)

struct uart_port {
	int type;
};

struct uart_8250_port {
	struct uart_port port;
	unsigned int capabilities;
};

void omap_rpm_enable(struct uart_8250_port *up)
{
	up->capabilities |= CAP_RPM;
}
