#ifndef _STUB_NETDEVICE_H
#define _STUB_NETDEVICE_H
#include <linux/kernel.h>
/* the shape of Linux 6.1 include/linux/netdevice.h that drivers see */
struct sk_buff;
struct net_device;
typedef int netdev_tx_t;
#define NETDEV_TX_OK 0
struct net_device_ops {
	int (*ndo_open)(struct net_device *dev);
	netdev_tx_t (*ndo_start_xmit)(struct sk_buff *skb, struct net_device *dev);
	void (*ndo_set_rx_mode)(struct net_device *dev);
	void (*ndo_tx_timeout)(struct net_device *dev, unsigned int txqueue);
	void (*ndo_poll_controller)(struct net_device *dev);
};
struct net_device {
	const struct net_device_ops *netdev_ops;
	void *priv;
};
#endif
