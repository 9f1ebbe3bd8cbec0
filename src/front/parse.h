/*
 * parse.h - the compiler's entry point: Lua 5.1 source to a bytecode prototype.
 */
#ifndef APOGEE_PARSE_H
#define APOGEE_PARSE_H

#include "object.h"
#include "zio.h"

/* Compiles the chunk read from z. chunkname becomes the prototypes' source ("@file.lua",
 * "=stdin", or the source text itself). On a syntax error, throws LUA_ERRSYNTAX with the message
 * "CHUNKID:LINE: MSG near 'TOKEN'" on the stack top. The collector may run during compilation
 * (the reader may run Lua code; the lexer steps it after interning strings): everything the
 * compiler holds is anchored (see code.c). The Proto is returned and also left on the stack top. */
Proto *parse_chunk(lua_State *L, Zio *z, const char *chunkname);

#endif
