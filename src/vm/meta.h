/*
 * meta.h - metamethods and the slow paths of the interpreter's generic operations: indexing,
 * arithmetic with coercion, comparison, concatenation, length, each falling back to metamethods
 * as Lua 5.1 specifies.
 *
 * Operand pointers (const Value *) point at the operand's register when there is one, so that
 * errors can name the variable; they may also point elsewhere (constants, temporaries).
 */
#ifndef APOGEE_META_H
#define APOGEE_META_H

#include "object.h"
#include "tab.h"

void meta_init(lua_State *L);
Table *meta_getmt(lua_State *L, Value o);
/* Metamethod of a metatable (NULL mt allowed); NULL if absent. Caches absence for TM_INDEX..TM_EQ. */
const Value *meta_gettm(lua_State *L, Table *mt, TMS event);
static inline const Value *meta_fasttm(lua_State *L, Table *mt, TMS event) {
  if (mt == NULL || (event <= TM_EQ && (mt->nomm & (1u << event)))) return NULL;
  return meta_gettm(L, mt, event);
}
/* t[key] for a string key that t itself lacks: follows __index chains through tables. Returns 0
 * (having done nothing) when a chain reaches a function or a non-table, for the general path. */
int meta_getstr_miss(lua_State *L, Table *h, Str *key, Value *out);
Value meta_gettmbyobj(lua_State *L, Value o, TMS event);

/* The interpreter's forms: 1 (done, result stored) or 0, a metamethod call pushed at L->top
 * (function and arguments, L->top past them) for the caller to run with one result. */
int meta_index_k(lua_State *L, const Value *t, Value key, Value *res);
int meta_newindex_k(lua_State *L, const Value *t, Value key, Value val);  /* result unused */
int meta_arith_k(lua_State *L, Value *ra, const Value *rb, const Value *rc, TMS op);
int meta_len_k(lua_State *L, Value *ra, const Value *rb);
/* Comparisons: 0 or 1, or META_CALL (call pushed: its result's truth is the answer) or
 * META_CALLNEG (the answer is its negation: a <= b through not (b < a)). */
#define META_CALL    (-1)
#define META_CALLNEG (-2)
int meta_lessthan_k(lua_State *L, const Value *l, const Value *r);
int meta_lessequal_k(lua_State *L, const Value *l, const Value *r);
int meta_equal_k(lua_State *L, Value a, Value b);
/* Concatenates the `total` values ending at base[last] into base[last-total+1] and returns 0,
 * or pushes the __concat call of base[r-1] and base[r] and returns r: the call's result
 * replaces them (in base[r-1]) and the concatenation goes on with total - (last - r) - 1 values
 * ending at base[r-1]. */
int meta_concat_k(lua_State *L, int total, int last);

/* The C API's forms: the metamethod is called at once (do_call: it cannot yield). */
void meta_index(lua_State *L, const Value *t, Value key, Value *res);
void meta_newindex(lua_State *L, const Value *t, Value key, Value val);
void meta_arith(lua_State *L, Value *ra, const Value *rb, const Value *rc, TMS op);
void meta_len(lua_State *L, Value *ra, const Value *rb);
int meta_lessthan(lua_State *L, const Value *l, const Value *r);
int meta_lessequal(lua_State *L, const Value *l, const Value *r);
int meta_equal(lua_State *L, Value a, Value b);   /* full ==, with __eq */
/* Concatenates the `total` values ending at base[last], leaving the result in base[last-total+1]. */
void meta_concat(lua_State *L, int total, int last);
/* Number value of o, converting strings as 5.1 does; 0 if not convertible. */
int meta_tonumber(const Value *o, double *out);
/* Converts a number in *o to a string in place; 0 if o is neither string nor number. */
int meta_tostring(lua_State *L, Value *o);
/* Calls f(a, b) and stores its single result into *res (which may be in the stack). */
void meta_calltmres(lua_State *L, Value *res, Value f, Value a, Value b);
double meta_arithop(TMS op, double a, double b);

#endif
