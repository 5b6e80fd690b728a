/* a core that calls its drivers through struct cb_ops */
struct cb_dev;
struct cb_ops {
	void (*kick)(struct cb_dev *dev);
};
struct cb_dev {
	const struct cb_ops *ops;
};
