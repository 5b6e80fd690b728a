struct dma_device {
	int (*device_alloc_chan_resources)(struct dma_chan *chan);
	void *(*device_prep_dma_memcpy)(struct dma_chan *chan, int len);
	void *(*device_prep_dma_memset)(struct dma_chan *chan, int len);
	void (*device_issue_pending)(struct dma_chan *chan);
};
