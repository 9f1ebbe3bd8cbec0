/*
 * parse.h - the compiler's entry point: Lua 5.1 source to a bytecode prototype.
 */
#ifndef APOGEE_PARSE_H
#define APOGEE_PARSE_H

#include "object.h"
#include "zio.h"

/* Compiles the chunk read from z. chunkname becomes the prototypes' source ("@file.lua",
 * "=stdin", or the source text itself). On a syntax error, throws LUA_ERRSYNTAX with the message
 * "CHUNKID:LINE: MSG near 'TOKEN'" on the stack top. Does not run the collector. */
Proto *parse_chunk(lua_State *L, Zio *z, const char *chunkname);

#endif
