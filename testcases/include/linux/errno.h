#ifndef _STUB_ERRNO_H
#define _STUB_ERRNO_H
#define ENOMEM	12
#define EINVAL	22
#endif
