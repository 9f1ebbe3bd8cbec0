/*
 * value.h - NaN-boxed 8-byte values.
 *
 * Every Lua value is one uint64_t. A double is stored as its own bit pattern. Every other value is
 * a pattern that no arithmetic result can take: the top 17 bits ("itype") hold a tag above the
 * hardware's default NaN (0xFFF8000000000000, itype 0x1FFF0), the low 47 bits hold a pointer or
 * payload. NaNs that enter the VM from outside (C API, number parsing) are canonicalised, and the
 * FPU only ever produces the two default NaNs, so "is a number" is one unsigned compare:
 *
 *     itype(v) < ITYPE_MIN_TAG   <=>   v is a double
 *
 * nil is all ones, so memset(p, 0xff, n) fills a range with nil. false and nil are the two highest
 * tags, so "is falsy" is one compare as well. The JIT depends on these layouts: change them only
 * together with src/jit.
 */
#ifndef APOGEE_VALUE_H
#define APOGEE_VALUE_H

#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

/* itype tags (top 17 bits). Ordered so that GC types are a contiguous range. */
#define ITYPE_NIL      0x1FFFFu
#define ITYPE_FALSE    0x1FFFEu
#define ITYPE_TRUE     0x1FFFDu
#define ITYPE_LIGHTUD  0x1FFFCu
#define ITYPE_STR      0x1FFFBu   /* first GC type */
#define ITYPE_UPVAL    0x1FFFAu   /* internal */
#define ITYPE_THREAD   0x1FFF9u
#define ITYPE_PROTO    0x1FFF8u   /* internal */
#define ITYPE_FUNC     0x1FFF7u
#define ITYPE_TAB      0x1FFF5u
#define ITYPE_UDATA    0x1FFF4u   /* last GC type; also the lowest tag */
#define ITYPE_MIN_TAG  ITYPE_UDATA

#define VAL_SHIFT      47
#define VAL_PAYLOAD    ((UINT64_C(1) << VAL_SHIFT) - 1)

#define val_itype(v)   ((uint32_t)((v) >> VAL_SHIFT))
#define val_mktag(t)   ((Value)(t) << VAL_SHIFT)

#define VAL_NIL        (~UINT64_C(0))
#define VAL_FALSE      val_mktag(ITYPE_FALSE)
#define VAL_TRUE       val_mktag(ITYPE_TRUE)
#define VAL_CANON_NAN  UINT64_C(0x7FF8000000000000)

/* Type tests. */
#define val_isnil(v)     ((v) == VAL_NIL)
#define val_isfalse(v)   ((v) == VAL_FALSE)
#define val_isbool(v)    (val_itype(v) == ITYPE_FALSE || val_itype(v) == ITYPE_TRUE)
#define val_isfalsy(v)   ((v) >= VAL_FALSE)   /* nil or false */
#define val_istruthy(v)  ((v) < VAL_FALSE)
#define val_isnum(v)     ((Value)(v) < val_mktag(ITYPE_MIN_TAG))   /* one compare, no shift */
#define val_isstr(v)     (val_itype(v) == ITYPE_STR)
#define val_istab(v)     (val_itype(v) == ITYPE_TAB)
#define val_isfunc(v)    (val_itype(v) == ITYPE_FUNC)
#define val_isudata(v)   (val_itype(v) == ITYPE_UDATA)
#define val_isthread(v)  (val_itype(v) == ITYPE_THREAD)
#define val_islightud(v) (val_itype(v) == ITYPE_LIGHTUD)
#define val_isproto(v)   (val_itype(v) == ITYPE_PROTO)
#define val_isgc(v)      (val_itype(v) >= ITYPE_UDATA && val_itype(v) <= ITYPE_STR)

/* Numbers. */
static inline double val_num(Value v) { double d; memcpy(&d, &v, sizeof d); return d; }
static inline Value val_fromnum_raw(double d) { Value v; memcpy(&v, &d, sizeof v); return v; }
/* Box a double that may be a NaN of unknown origin (C API, libraries): canonicalise it to one
 * of the two default NaNs, keeping the sign (Lua 5.1 prints "nan" and "-nan" differently). */
static inline Value val_fromnum(double d) {
  Value v = val_fromnum_raw(d);
  return d == d ? v : ((v & (UINT64_C(1) << 63)) | VAL_CANON_NAN);
}

/* Booleans. */
#define val_frombool(b)  ((b) ? VAL_TRUE : VAL_FALSE)

/* Pointers. */
#define val_ptr(v)            ((void *)(uintptr_t)((v) & VAL_PAYLOAD))
#define val_frompt(tag, p)    (val_mktag(tag) | (Value)(uintptr_t)(p))
#define val_str(v)            ((struct Str *)val_ptr(v))
#define val_tab(v)            ((struct Table *)val_ptr(v))
#define val_func(v)           ((union Closure *)val_ptr(v))
#define val_udata(v)          ((struct Udata *)val_ptr(v))
#define val_thread(v)         ((struct lua_State *)val_ptr(v))
#define val_proto(v)          ((struct Proto *)val_ptr(v))
#define val_gc(v)             ((struct GCObj *)val_ptr(v))

#define val_fromstr(s)        val_frompt(ITYPE_STR, (s))
#define val_fromtab(t)        val_frompt(ITYPE_TAB, (t))
#define val_fromfunc(f)       val_frompt(ITYPE_FUNC, (f))
#define val_fromudata(u)      val_frompt(ITYPE_UDATA, (u))
#define val_fromthread(th)    val_frompt(ITYPE_THREAD, (th))
#define val_fromproto(p)      val_frompt(ITYPE_PROTO, (p))
#define val_fromlightud(p)    val_frompt(ITYPE_LIGHTUD, (p))

#endif
