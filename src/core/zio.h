/*
 * zio.h - buffered input for the compiler, fed by a lua_Reader.
 */
#ifndef APOGEE_ZIO_H
#define APOGEE_ZIO_H

#include "object.h"

#define ZIO_EOZ (-1)

typedef struct Zio {
  size_t n;            /* bytes still unread in the current piece */
  const char *p;       /* next byte */
  lua_Reader reader;
  void *data;
  lua_State *L;
} Zio;

void zio_init(lua_State *L, Zio *z, lua_Reader reader, void *data);
int zio_fill(Zio *z);  /* reads the next piece; returns its first byte or ZIO_EOZ */
int zio_lookahead(Zio *z);  /* next byte without consuming it, or ZIO_EOZ */

#define zio_getc(z) (((z)->n--) > 0 ? (int)(unsigned char)*(z)->p++ : zio_fill(z))

#endif
