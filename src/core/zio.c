/*
 * zio.c - buffered reading of chunks for the compiler.
 */
#include "zio.h"

void zio_init(lua_State *L, Zio *z, lua_Reader reader, void *data) {
  z->L = L;
  z->reader = reader;
  z->data = data;
  z->n = 0;
  z->p = NULL;
}

int zio_fill(Zio *z) {
  size_t size;
  const char *buff = z->reader(z->L, z->data, &size);
  if (buff == NULL || size == 0) {
    z->n = 0;
    return ZIO_EOZ;
  }
  z->n = size - 1;
  z->p = buff;
  return (int)(unsigned char)*z->p++;
}

int zio_lookahead(Zio *z) {
  if (z->n == 0) {
    if (zio_fill(z) == ZIO_EOZ) return ZIO_EOZ;
    z->n++;
    z->p--;
  }
  return (int)(unsigned char)*z->p;
}
