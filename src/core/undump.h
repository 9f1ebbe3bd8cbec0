/*
 * undump.h - binary chunks: string.dump / lua_dump writes them, lua_load reads them.
 */
#ifndef APOGEE_UNDUMP_H
#define APOGEE_UNDUMP_H

#include "object.h"
#include "zio.h"

/* Loads a binary chunk; the Proto is returned and also left on the stack top. */
Proto *undump_chunk(lua_State *L, Zio *z, const char *name);
int undump_dump(lua_State *L, const Proto *p, lua_Writer w, void *data, int strip);

#endif
