/*
 * Not a test by itself: the other file of keep-shadow.c and
 * keep-global-clean.c, a global function whose void * parameter every
 * use converts to the struct's pointer (a "fn port_done *keep:1" record).
 */
struct s_port {
	unsigned int capabilities;
	int done;
};

void port_done(void *data)
{
	struct s_port *p = data;

	p->done = 1;
}
