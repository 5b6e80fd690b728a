#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/errno.h>

/*
 * pcm-minor-keep.c, the PCM got back from lookup_blob(), a function no
 * rule names: its void * may be bytes written any way (a copy from the
 * user, a buffer a device filled), so struct snd_pcm is written
 * wholesale, no field of it is decided by its stores, and the mutex the
 * nonatomic test guards is reported.
 */
struct snd_card {
	int number;
};

struct device {
	int id;
};

struct file_operations {
	int (*open)(void *data);
};

struct snd_pcm {
	struct snd_card *card;
	int device;
	bool nonatomic;
	struct mutex open_mutex;
	spinlock_t lock;
	struct device dev;
};

int snd_register_device(int type, struct snd_card *card, int dev,
			const struct file_operations *f_ops, void *private_data,
			struct device *device);
void *lookup_blob(unsigned int minor, int type);
int snd_device_new(struct snd_card *card, int type, void *device_data,
		   const void *ops);

static const struct file_operations pcm_f_ops;

int pcm_new(struct snd_card *card, int device, struct snd_pcm **rpcm)
{
	struct snd_pcm *pcm = kzalloc(sizeof(*pcm), GFP_KERNEL);

	if (!pcm)
		return -ENOMEM;
	pcm->card = card;
	pcm->device = device;
	*rpcm = pcm;
	return snd_device_new(card, 2, pcm, NULL);
}

int pcm_dev_register(struct snd_pcm *pcm)
{
	return snd_register_device(0, pcm->card, pcm->device, &pcm_f_ops, pcm,
				   &pcm->dev);
}

static void pcm_lock(struct snd_pcm *pcm, bool nonatomic)
{
	if (nonatomic)
		mutex_lock(&pcm->open_mutex);
}

int pcm_open(unsigned int minor)
{
	struct snd_pcm *pcm = lookup_blob(minor, 0);

	if (!pcm)
		return -1;
	spin_lock(&pcm->lock);
	pcm_lock(pcm, pcm->nonatomic);
	spin_unlock(&pcm->lock);
	return 0;
}
/*
 * check-name: a PCM got back from a void * no rule names is written wholesale: its field is not decided
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/pcm-minor-blob.c:74:9: warning: call to 'pcm_lock' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/pcm-minor-blob.c:73:9: note: atomic context begins here, at '_raw_spin_lock' in 'pcm_open'
testcases/fields/pcm-minor-blob.c:74:9: note: 'pcm_open' calls 'pcm_lock'
testcases/fields/pcm-minor-blob.c:64:17: note: 'pcm_lock' calls 'mutex_lock' on a path taken only when its argument 2 is non-zero, which may sleep
 * check-output-end
 */
