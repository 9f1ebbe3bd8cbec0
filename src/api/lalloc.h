/*
 * lalloc.h - the allocator behind luaL_newstate.
 */
#ifndef APOGEE_LALLOC_H
#define APOGEE_LALLOC_H

#include <stddef.h>

/* Under AddressSanitizer every block must come from malloc, so that use after free is caught. */
#if defined(__SANITIZE_ADDRESS__)
#define APOGEE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define APOGEE_SANITIZED 1
#endif
#endif
#ifndef APOGEE_SANITIZED
#define APOGEE_SANITIZED 0
#endif

/* A new pool (the `ud` of pool_alloc), or NULL when out of memory. */
void *pool_new(void);
/* A lua_Alloc. Frees the pool itself once every block it handed out has been freed, which
 * happens when lua_close releases the state. */
void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

#endif
