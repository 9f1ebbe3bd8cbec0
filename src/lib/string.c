/*
 * string.c - the Lua 5.1 string library (luaopen_string).
 *
 * Implements byte char dump find format gmatch gsub len lower match rep
 * reverse sub upper (plus the 5.1 compatibility alias gfind) on the public
 * C API, except for the fast paths of sub, byte and char, which read their
 * arguments from the stack and intern results directly (str_new).  The
 * pattern matcher is a backtracking matcher over the
 * 5.1 pattern language; its recursion depth is bounded so that hostile
 * patterns raise "pattern too complex" instead of overflowing the C stack.
 */

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

#include "object.h"
#include "str.h"
#include "gc.h"
#include "vm.h"
#include "limit.h"

#define uchar(c) ((unsigned char)(c))

/* Largest string size we are willing to build (keeps size arithmetic and
 * ptrdiff_t differences well defined). */
#define STR_MAXSIZE ((size_t)(PTRDIFF_MAX < SIZE_MAX ? PTRDIFF_MAX : SIZE_MAX))

/* 5.1 semantics for relative string positions: negative counts from the
 * end, and anything that ends up below zero is clamped to zero. */
static ptrdiff_t rel_pos(lua_Integer pos, size_t len)
{
    if (pos < 0)
        pos += (lua_Integer)len + 1;
    return pos >= 0 ? (ptrdiff_t)pos : 0;
}

/* luaL_optinteger, with one API call when the argument is a non-zero
 * number (the usual case in string.sub(s, i, j) and friends); zero,
 * absent and invalid arguments take the general path. */
static lua_Integer opt_integer(lua_State *L, int arg, lua_Integer def)
{
    lua_Integer v = lua_tointeger(L, arg);
    return v != 0 ? v : luaL_optinteger(L, arg, def);
}

/* luaL_checkinteger, likewise. */
static lua_Integer check_integer(lua_State *L, int arg)
{
    lua_Integer v = lua_tointeger(L, arg);
    return v != 0 ? v : luaL_checkinteger(L, arg);
}

/* Fast paths for the frequent calls (s:sub(i, j), s:byte(i), string.char(c))
 * read the arguments straight from the stack when they have the expected
 * types, so no check can fail; anything else takes the general path.  The
 * results are pushed directly too (a C function has LUA_MINSTACK slots). */

/* lua_tointeger of a number. */
static inline lua_Integer num_integer(double d)
{
    if (d != d)
        return 0;
    if (d >= 9223372036854775807.0)
        return (lua_Integer)PTRDIFF_MAX;
    if (d <= -9223372036854775808.0)
        return (lua_Integer)PTRDIFF_MIN;
    return (lua_Integer)d;
}

/* Argument i (from 1) is absent or nil. */
#define arg_isnone(L, n, i) ((n) < (i) || val_isnil((L)->base[(i) - 1]))

/* Push the string of len bytes at s, as lua_pushlstring does. */
static void push_bytes(lua_State *L, const char *s, size_t len)
{
    Str *str;
    gc_check(L);
    str = str_new(L, s, len);
    *L->top++ = val_fromstr(str);
}

/* ------------------------------------------------------------------ */
/* Simple functions                                                    */
/* ------------------------------------------------------------------ */

static int str_len(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_pushinteger(L, (lua_Integer)len);
    return 1;
}

static int str_sub(lua_State *L)
{
    size_t len;
    const char *s;
    ptrdiff_t first, last;
    ptrdiff_t n = L->top - L->base;
    if (n >= 2 && val_isstr(L->base[0]) && val_isnum(L->base[1]) &&
        (arg_isnone(L, n, 3) || val_isnum(L->base[2]))) {
        Str *str = val_str(L->base[0]);
        len = str->len;
        first = rel_pos(num_integer(val_num(L->base[1])), len);
        last = arg_isnone(L, n, 3)
                   ? (ptrdiff_t)len
                   : rel_pos(num_integer(val_num(L->base[2])), len);
        if (first < 1)
            first = 1;
        if (last > (ptrdiff_t)len)
            last = (ptrdiff_t)len;
        if (first <= last && (size_t)(last - first + 1) == len)
            *L->top++ = L->base[0]; /* the whole string: itself */
        else if (first <= last)
            push_bytes(L, str_data(str) + first - 1, (size_t)(last - first + 1));
        else
            push_bytes(L, "", 0);
        return 1;
    }
    s = luaL_checklstring(L, 1, &len);
    first = rel_pos(check_integer(L, 2), len);
    last = rel_pos(opt_integer(L, 3, -1), len);
    if (first < 1)
        first = 1;
    if (last > (ptrdiff_t)len)
        last = (ptrdiff_t)len;
    if (first <= last)
        lua_pushlstring(L, s + first - 1, (size_t)(last - first + 1));
    else
        lua_pushliteral(L, "");
    return 1;
}

static int str_reverse(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (len > 0)
        luaL_addchar(&b, s[--len]);
    luaL_pushresult(&b);
    return 1;
}

/* Shared body of lower/upper: map every byte through `conv`. */
static int map_chars(lua_State *L, int (*conv)(int))
{
    size_t len, i;
    const char *s = luaL_checklstring(L, 1, &len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (i = 0; i < len; i++)
        luaL_addchar(&b, (char)conv(uchar(s[i])));
    luaL_pushresult(&b);
    return 1;
}

static int str_lower(lua_State *L)
{
    return map_chars(L, tolower);
}

static int str_upper(lua_State *L)
{
    return map_chars(L, toupper);
}

/* Copy `s` (of `len` bytes) `n` times into `dst`. */
static void fill_repeated(char *dst, const char *s, size_t len, size_t n)
{
    size_t i;
    if (len == 1) {
        memset(dst, uchar(s[0]), n);
        return;
    }
    for (i = 0; i < n; i++)
        memcpy(dst + i * len, s, len);
}

/* string.rep: the total size is computed up front with an overflow check.
 * Short results are built on the C stack; longer ones in a userdata block,
 * so that running out of memory is a normal Lua memory error rather than
 * a crash. */
/* string.rep(s, n [, sep]): LuaJIT's (5.2's) separator between the copies. */
static int str_repsep(lua_State *L, const char *s, size_t len, lua_Integer n,
                      const char *sep, size_t seplen)
{
    luaL_Buffer b;
    if ((lua_Integer)(STR_MAXSIZE / (len + seplen)) < n)
        return luaL_error(L, "string size overflow");
    luaL_buffinit(L, &b);
    while (n-- > 0) {
        luaL_addlstring(&b, s, len);
        if (n > 0)
            luaL_addlstring(&b, sep, seplen);
    }
    luaL_pushresult(&b);
    return 1;
}

static int str_rep(lua_State *L)
{
    size_t len, total, seplen = 0;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char *sep = luaL_optlstring(L, 3, "", &seplen);
    char small[256];
    char *block = small;
    if (seplen > 0 && n > 0)
        return str_repsep(L, s, len, n, sep, seplen);
    if (n <= 0 || len == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((lua_Integer)(STR_MAXSIZE / len) < n)
        return luaL_error(L, "string size overflow");
    total = len * (size_t)n;
    if (total > sizeof small)
        block = (char *)lua_newuserdata(L, total);
    fill_repeated(block, s, len, (size_t)n);
    lua_pushlstring(L, block, total);
    return 1;
}

static int str_byte(lua_State *L)
{
    size_t len;
    const char *s;
    ptrdiff_t first, last, i, count;
    ptrdiff_t n = L->top - L->base;
    if (n >= 1 && val_isstr(L->base[0]) &&
        (arg_isnone(L, n, 2) || val_isnum(L->base[1])) && arg_isnone(L, n, 3)) {
        /* s:byte() and s:byte(i): one result at most */
        Str *str = val_str(L->base[0]);
        i = arg_isnone(L, n, 2)
                ? 1
                : rel_pos(num_integer(val_num(L->base[1])), str->len);
        if (i <= 0 || i > (ptrdiff_t)str->len)
            return 0;
        *L->top++ = val_fromnum_raw((double)uchar(str_data(str)[i - 1]));
        return 1;
    }
    s = luaL_checklstring(L, 1, &len);
    first = rel_pos(opt_integer(L, 2, 1), len);
    last = lua_gettop(L) < 3 /* s:byte(i), the common form */
               ? first
               : rel_pos(opt_integer(L, 3, first), len);
    if (first <= 0)
        first = 1;
    if (last > (ptrdiff_t)len)
        last = (ptrdiff_t)len;
    if (first > last)
        return 0;
    count = last - first + 1;
    if (count >= INT_MAX)
        return luaL_error(L, "string slice too long");
    if (count > LUA_MINSTACK) /* a C function always has that much room */
        luaL_checkstack(L, (int)count, "string slice too long");
    for (i = 0; i < count; i++)
        lua_pushinteger(L, uchar(s[first + i - 1]));
    return (int)count;
}

static int str_char(lua_State *L)
{
    int n = lua_gettop(L);
    int i;
    luaL_Buffer b;
    if (n == 1 && val_isnum(L->base[0])) { /* string.char(c) */
        int c = (int)num_integer(val_num(L->base[0]));
        if (uchar(c) == c) {
            char ch = (char)c;
            push_bytes(L, &ch, 1);
            return 1;
        }
    }
    luaL_buffinit(L, &b);
    for (i = 1; i <= n; i++) {
        int c = luaL_checkint(L, i);
        luaL_argcheck(L, uchar(c) == c, i, "invalid value");
        luaL_addchar(&b, (char)uchar(c));
    }
    luaL_pushresult(&b);
    return 1;
}

/* lua_Writer for string.dump: append each chunk to the buffer. */
static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    luaL_addlstring((luaL_Buffer *)ud, (const char *)p, sz);
    return 0;
}

static int str_dump(lua_State *L)
{
    luaL_Buffer b;
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_settop(L, 1);
    luaL_buffinit(L, &b);
    if (lua_dump(L, dump_writer, &b) != 0)
        return luaL_error(L, "unable to dump given function");
    luaL_pushresult(&b);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Character classes                                                   */
/* ------------------------------------------------------------------ */

/*
 * Like 5.1, the classes (%a, %d, ...) use the C library's ctype functions,
 * so they follow the current locale (which os.setlocale may change).
 * Under glibc, isalpha() and friends look up the calling thread's locale
 * table through a function call (__ctype_b_loc) on every use; the matcher
 * fetches the tables once per library call instead and indexes them
 * directly.  That is the very lookup the macros do, so the answers are the
 * same.  Other C libraries get the ctype functions themselves.
 *
 * A class letter is resolved once (class_resolve) into a "probe" -- the
 * table bits to test under glibc, the ctype function otherwise -- so that
 * loops over the subject test each character with a couple of
 * instructions.
 */
#if defined(__GLIBC__)
typedef struct Ctype {
    const unsigned short *bits; /* classification bits, as isalpha() reads */
    const int32_t *lower;       /* case mapping, as tolower() reads */
} Ctype;

static void ctype_init(Ctype *ct)
{
    ct->bits = *__ctype_b_loc();
    ct->lower = *__ctype_tolower_loc();
}

typedef unsigned short ClassProbe;
#define PROBE(bit, fn) (bit)
#define PROBE_TEST(ct, probe, c) (((ct)->bits[c] & (probe)) != 0)
#define CT_TOLOWER(ct, c) ((int)(ct)->lower[c])
#else
typedef struct Ctype {
    char unused;
} Ctype;

static void ctype_init(Ctype *ct)
{
    (void)ct;
}

typedef int (*ClassProbe)(int);
#define PROBE(bit, fn) (fn)
#define PROBE_TEST(ct, probe, c) ((void)(ct), (probe)(c) != 0)
#define CT_TOLOWER(ct, c) ((void)(ct), tolower(c))
#endif

/* The probe for each class letter (lower case); %z is handled apart. */
static const ClassProbe class_probes[128] = {
    ['a'] = PROBE(_ISalpha, isalpha),
    ['c'] = PROBE(_IScntrl, iscntrl),
    ['d'] = PROBE(_ISdigit, isdigit),
    ['l'] = PROBE(_ISlower, islower),
    ['p'] = PROBE(_ISpunct, ispunct),
    ['s'] = PROBE(_ISspace, isspace),
    ['u'] = PROBE(_ISupper, isupper),
    ['w'] = PROBE(_ISalnum, isalnum),
    ['x'] = PROBE(_ISxdigit, isxdigit),
};

typedef enum { CLASS_PROBE, CLASS_ZERO, CLASS_CHAR } ClassKind;

/* What "%<cls>" matches. */
typedef struct ClassTest {
    ClassKind kind;   /* a ctype class, %z (the zero byte), or cls itself */
    ClassProbe probe; /* CLASS_PROBE: the test */
    int neg;          /* upper-case letter: the complement */
    int cls;          /* the character after the '%' */
} ClassTest;

static void class_resolve(const Ctype *ct, int cls, ClassTest *t)
{
    int lower = CT_TOLOWER(ct, cls);
    t->cls = cls;
    t->neg = PROBE_TEST(ct, PROBE(_ISupper, isupper), cls);
    if (lower == 'z') {
        t->kind = CLASS_ZERO;
    } else if (lower >= 0 && lower < 128 && class_probes[lower]) {
        t->kind = CLASS_PROBE;
        t->probe = class_probes[lower];
    } else {
        t->kind = CLASS_CHAR; /* %. etc: the escaped character itself */
    }
}

/* Does character c (0..255) match the resolved class? */
static inline int class_test(const Ctype *ct, const ClassTest *t, int c)
{
    if (t->kind == CLASS_PROBE)
        return PROBE_TEST(ct, t->probe, c) != t->neg;
    if (t->kind == CLASS_ZERO)
        return (c == 0) != t->neg;
    return c == t->cls;
}

/* Is `cls` after a '%' certainly not a class letter, so that "%<cls>"
 * matches just that character?  True for ASCII non-alphanumerics, whose
 * case mapping is the identity in every locale. */
static inline int escapes_literal(int cls)
{
    return cls < 0x80 && !(cls >= '0' && cls <= '9') &&
           !((cls | 0x20) >= 'a' && (cls | 0x20) <= 'z');
}

/* Does character c belong to class letter `cls` (as in %a, %D)? */
static int class_match(const Ctype *ct, int c, int cls)
{
    ClassTest t;
    class_resolve(ct, cls, &t);
    return class_test(ct, &t, c);
}

/* ------------------------------------------------------------------ */
/* Pattern matching                                                    */
/* ------------------------------------------------------------------ */

/*
 * The matcher interprets the pattern text directly, as 5.1 does, so that
 * malformed patterns are reported only when the matcher reaches the bad
 * item (string.find("abc", "x[") is nil in 5.1, not an error).  do_match
 * is the only recursive entry; its depth counts the choice points
 * (quantifiers, captures) and is what bounds "pattern too complex", so
 * the speed-ups below never add or remove a do_match call that could be
 * the one to exceed the bound.
 */

#define PAT_ESC '%'
#define PAT_SPECIALS "^$*+?.([%-"
#define MAX_CAPTURES 32
/* Bound on matcher recursion (same order as LUAI_MAXCCALLS): deep enough
 * for any sensible pattern, small enough to never exhaust the C stack. */
#define MAX_MATCH_DEPTH 200
/* Every MATCH_POLL steps (do_match calls: every backtracking step is one) the matcher looks at
 * the state's resource limits (limit.h): a deadline or an interrupt stops a runaway match, and
 * the steps are charged to an instruction budget. Costs one decrement per step otherwise. */
#define MATCH_POLL 1024

#define CAP_OPEN (-1)     /* capture started but not closed yet */
#define CAP_POSITION (-2) /* position capture "()" */

typedef struct Matcher {
    const char *src;     /* subject start */
    const char *src_end; /* subject end */
    const char *pat_end; /* pattern end */
    lua_State *L;
    int depth;           /* current recursion depth */
    int steps;           /* do_match calls until the next look at the limits */
    int ncap;            /* number of captures (open or closed) */
    Ctype ct;            /* the locale's ctype tables */
    struct {
        const char *start;
        ptrdiff_t len;   /* length, CAP_OPEN or CAP_POSITION */
    } cap[MAX_CAPTURES];
} Matcher;

static const char *do_match(Matcher *m, const char *s, const char *p);

static void matcher_init(Matcher *m, lua_State *L, const char *s, size_t ls,
                         const char *p)
{
    m->L = L;
    m->src = s;
    m->src_end = s + ls;
    /* As in 5.1, the pattern is a C string: it ends at the first '\0'. */
    m->pat_end = p + strlen(p);
    m->depth = 0;
    m->ncap = 0;
    m->steps = MATCH_POLL;
    ctype_init(&m->ct);
}

/* Set match: p points at '[', last at the closing ']'. */
static int set_match(const Ctype *ct, int c, const char *p, const char *last)
{
    int want = 1;
    if (p[1] == '^') {
        want = 0;
        p++;
    }
    while (++p < last) {
        if (*p == PAT_ESC) {
            p++;
            if (class_match(ct, c, uchar(*p)))
                return want;
        } else if (p[1] == '-' && p + 2 < last) {
            p += 2;
            if (uchar(p[-2]) <= c && c <= uchar(*p))
                return want;
        } else if (uchar(*p) == c) {
            return want;
        }
    }
    return !want;
}

/* The end of the set starting at p ('['), or NULL if it has no ']'. */
static const char *scan_set(const char *p, const char *pat_end)
{
    char c;
    if (*++p == '^')
        p++;
    do { /* find the closing ']'; the first char may itself be ']' */
        if (p >= pat_end)
            return NULL;
        c = *p++;
        if (c == PAT_ESC && p < pat_end)
            p++; /* skip escaped char, e.g. %] */
    } while (*p != ']');
    return p + 1;
}

/* A set compiled for scanning many characters: its literal characters,
 * ranges, %z and escaped non-classes as a bitmap, its class items (%a,
 * %D, ...) kept as resolved tests (they follow the locale, so they are not
 * expanded into the bitmap).  cset_has(c) == set_match(c) for every c. */
#define CSET_MAXCLASS 8
typedef struct CSet {
    uint32_t bits[256 / 32];
    int neg;    /* [^...] */
    int nclass;
    ClassTest cls[CSET_MAXCLASS];
} CSet;

static void cset_add(CSet *cs, int c)
{
    cs->bits[c >> 5] |= (uint32_t)1 << (c & 31);
}

/* Compile the set [p, last] (p at '[', last at the closing ']', as for
 * set_match).  Returns 0 if it has more than CSET_MAXCLASS classes. */
static int cset_compile(const Ctype *ct, CSet *cs, const char *p,
                        const char *last)
{
    memset(cs->bits, 0, sizeof cs->bits);
    cs->neg = 0;
    cs->nclass = 0;
    if (p[1] == '^') {
        cs->neg = 1;
        p++;
    }
    while (++p < last) {
        if (*p == PAT_ESC) {
            ClassTest t;
            p++;
            class_resolve(ct, uchar(*p), &t);
            if (t.kind == CLASS_CHAR) {
                cset_add(cs, t.cls);
            } else if (t.kind == CLASS_ZERO) {
                int c;
                if (!t.neg)
                    cset_add(cs, 0);
                else
                    for (c = 1; c < 256; c++)
                        cset_add(cs, c);
            } else {
                if (cs->nclass == CSET_MAXCLASS)
                    return 0;
                cs->cls[cs->nclass++] = t;
            }
        } else if (p[1] == '-' && p + 2 < last) {
            int c;
            p += 2;
            for (c = uchar(p[-2]); c <= uchar(*p); c++)
                cset_add(cs, c);
        } else {
            cset_add(cs, uchar(*p));
        }
    }
    return 1;
}

static inline int cset_has(const Ctype *ct, const CSet *cs, int c)
{
    int hit = (int)((cs->bits[c >> 5] >> (c & 31)) & 1), k;
    for (k = 0; !hit && k < cs->nclass; k++)
        hit = class_test(ct, &cs->cls[k], c);
    return hit != cs->neg;
}

/* class_end for a set: p points at '['. */
static const char *set_end(Matcher *m, const char *p)
{
    const char *ep = scan_set(p, m->pat_end);
    if (ep == NULL)
        luaL_error(m->L, "malformed pattern (missing ']')");
    return ep;
}

/* End of the single-character item starting at p (errors on malformed
 * escapes or unterminated sets).  Most items are one plain character. */
static inline const char *class_end(Matcher *m, const char *p)
{
    if (*p == PAT_ESC) {
        if (p + 1 >= m->pat_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 2;
    }
    if (*p == '[')
        return set_end(m, p);
    return p + 1;
}

/* Does the subject char c match the item [p, ep)? */
static inline int single_match(const Ctype *ct, int c, const char *p,
                               const char *ep)
{
    switch (*p) {
    case '.': return 1;
    case PAT_ESC: return class_match(ct, c, uchar(p[1]));
    case '[': return set_match(ct, c, p, ep - 1);
    default: return uchar(*p) == c;
    }
}

/* Does the char at s (if any) match [p, ep)? */
static inline int char_at_matches(const Matcher *m, const char *s,
                                  const char *p, const char *ep)
{
    return s < m->src_end && single_match(&m->ct, uchar(*s), p, ep);
}

/* Length of the run of characters from s that match the item [p, ep):
 * one loop per kind of item instead of a dispatch per character. */
static ptrdiff_t run_length(const Matcher *m, const char *s, const char *p,
                            const char *ep)
{
    const char *q = s, *end = m->src_end;
    switch (*p) {
    case '.':
        return end - s;
    case PAT_ESC: {
        ClassTest t;
        class_resolve(&m->ct, uchar(p[1]), &t);
        while (q < end && class_test(&m->ct, &t, uchar(*q)))
            q++;
        break;
    }
    case '[': {
        CSet cs;
        if (end - q > 1 && cset_compile(&m->ct, &cs, p, ep - 1)) {
            while (q < end && cset_has(&m->ct, &cs, uchar(*q)))
                q++;
            break;
        }
        while (q < end && set_match(&m->ct, uchar(*q), p, ep - 1))
            q++;
        break;
    }
    default:
        while (q < end && *q == *p)
            q++;
        break;
    }
    return q - s;
}

/* %bxy: balanced run starting with x and ending with the matching y. */
static const char *match_balance(Matcher *m, const char *s, const char *p)
{
    int open, close, level = 1;
    if (p + 1 >= m->pat_end)
        luaL_error(m->L, "unbalanced pattern");
    if (s >= m->src_end || *s != *p)
        return NULL;
    open = *p;
    close = p[1];
    while (++s < m->src_end) {
        if (*s == close) {
            if (--level == 0)
                return s + 1;
        } else if (*s == open) {
            level++;
        }
    }
    return NULL;
}

/*
 * The repetitions try the rest of the pattern (q) at one position after
 * another.  When q can only match where the subject has one particular
 * character, the positions without it are skipped.  The first position is
 * always tried: once that try has returned normally, the closing captures
 * at the head of q are known to raise no error and to stay within the
 * depth bound, and they do exactly the same at every other position, so a
 * skipped try could only have failed on the missing character.
 */

/* The character the subject must have for the rest of the pattern q to
 * match there, or -1 if there is no such character. */
static int required_char(const Matcher *m, const char *q)
{
    const char *after;
    int c;
    while (q < m->pat_end && *q == ')') /* closing captures: no input */
        q++;
    if (q >= m->pat_end)
        return -1;
    c = uchar(*q);
    switch (c) {
    case '(': case '.': case '[':
        return -1;
    case '$':
        if (q + 1 == m->pat_end)
            return -1; /* the anchor */
        after = q + 1;
        break;
    case PAT_ESC:
        if (q + 1 >= m->pat_end || !escapes_literal(uchar(q[1])))
            return -1;
        c = uchar(q[1]);
        after = q + 2;
        break;
    default:
        after = q + 1;
        break;
    }
    if (after < m->pat_end && (*after == '*' || *after == '?' || *after == '-'))
        return -1; /* may match nothing */
    return c;
}

/* Greedy repetition: take as many as possible, then back off. */
static const char *max_expand(Matcher *m, const char *s, const char *p,
                              const char *ep)
{
    ptrdiff_t n = run_length(m, s, p, ep);
    const char *r = do_match(m, s + n, ep + 1);
    int need;
    if (r != NULL || n == 0)
        return r;
    need = required_char(m, ep + 1);
    while (--n >= 0) { /* s + n is inside the subject now */
        if (need >= 0 && uchar(s[n]) != need)
            continue;
        r = do_match(m, s + n, ep + 1);
        if (r != NULL)
            return r;
    }
    return NULL;
}

/* Lazy repetition: try the rest first, consume one more on failure. */
static const char *min_expand(Matcher *m, const char *s, const char *p,
                              const char *ep)
{
    const char *r = do_match(m, s, ep + 1);
    int need;
    if (r != NULL)
        return r;
    need = required_char(m, ep + 1);
    for (;;) {
        if (!char_at_matches(m, s, p, ep))
            return NULL;
        s++;
        if (need >= 0 && (s == m->src_end || uchar(*s) != need))
            continue;
        r = do_match(m, s, ep + 1);
        if (r != NULL)
            return r;
    }
}

static const char *open_capture(Matcher *m, const char *s, const char *p,
                                ptrdiff_t what)
{
    const char *r;
    int idx = m->ncap;
    if (idx >= MAX_CAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[idx].start = s;
    m->cap[idx].len = what;
    m->ncap = idx + 1;
    r = do_match(m, s, p);
    if (r == NULL)
        m->ncap--; /* undo on failure */
    return r;
}

/* Index of the innermost still-open capture. */
static int innermost_open(Matcher *m)
{
    int i;
    for (i = m->ncap - 1; i >= 0; i--)
        if (m->cap[i].len == CAP_OPEN)
            return i;
    return luaL_error(m->L, "invalid pattern capture");
}

static const char *close_capture(Matcher *m, const char *s, const char *p)
{
    int idx = innermost_open(m);
    const char *r;
    m->cap[idx].len = s - m->cap[idx].start;
    r = do_match(m, s, p + 1);
    if (r == NULL)
        m->cap[idx].len = CAP_OPEN; /* undo on failure */
    return r;
}

/* Back-reference %1..%9: the closed capture's text must follow. */
static const char *match_backref(Matcher *m, const char *s, int digit)
{
    int idx = digit - '1';
    size_t len;
    if (idx < 0 || idx >= m->ncap || m->cap[idx].len == CAP_OPEN)
        luaL_error(m->L, "invalid capture index");
    len = (size_t)m->cap[idx].len;
    if ((size_t)(m->src_end - s) >= len &&
        memcmp(m->cap[idx].start, s, len) == 0)
        return s + len;
    return NULL;
}

/* %f[set]: frontier between a char not in set and a char in set.  The
 * positions before the subject and at its end count as '\0'. */
static int frontier_ok(Matcher *m, const char *s, const char *p,
                       const char *ep)
{
    int prev = (s == m->src) ? 0 : uchar(s[-1]);
    int cur = (s < m->src_end) ? uchar(*s) : 0;
    return !set_match(&m->ct, prev, p, ep - 1) &&
           set_match(&m->ct, cur, p, ep - 1);
}

/* One single-char item (p..ep) followed by a quantifier; these are the
 * forms that need backtracking. */
static const char *match_quantified(Matcher *m, const char *s, const char *p,
                                    const char *ep)
{
    switch (*ep) {
    case '?': {
        if (char_at_matches(m, s, p, ep)) {
            const char *r = do_match(m, s + 1, ep + 1);
            if (r != NULL)
                return r;
        }
        return do_match(m, s, ep + 1);
    }
    case '*':
        return max_expand(m, s, p, ep);
    case '+':
        return char_at_matches(m, s, p, ep) ? max_expand(m, s + 1, p, ep)
                                            : NULL;
    default: /* '-' */
        return min_expand(m, s, p, ep);
    }
}

static inline int is_quantifier(const Matcher *m, const char *ep)
{
    return ep < m->pat_end &&
           (*ep == '?' || *ep == '*' || *ep == '+' || *ep == '-');
}

/* Is "%c" one of the escapes that are not character classes? */
static inline int is_special_escape(int c)
{
    return c == 'b' || c == 'f' || (c >= '0' && c <= '9');
}

/* Outcome of a pattern item that consumes input without backtracking. */
typedef enum { STEP_OK, STEP_FAIL } Step;

/* The escapes that are not character classes: %b, %f and back-references
 * (p[1] is 'b', 'f' or a digit).  On STEP_OK, *ps and *pp are advanced
 * past the matched text and item. */
static Step match_special_escape(Matcher *m, const char **ps, const char **pp)
{
    const char *s = *ps, *p = *pp;
    if (p[1] == 'b') {
        s = match_balance(m, s, p + 2);
        p += 4;
    } else if (p[1] == 'f') {
        const char *ep;
        p += 2;
        if (p >= m->pat_end || *p != '[')
            luaL_error(m->L, "missing '[' after '%%f' in pattern");
        ep = class_end(m, p);
        if (!frontier_ok(m, s, p, ep))
            return STEP_FAIL;
        p = ep;
    } else {
        s = match_backref(m, s, uchar(p[1]));
        p += 2;
    }
    if (s == NULL)
        return STEP_FAIL;
    *ps = s;
    *pp = p;
    return STEP_OK;
}

/* Match pattern p against subject position s; NULL on failure, else the
 * end of the match.  Iterates over items that need no backtracking and
 * recurses only where a choice point exists. */
static const char *match_body(Matcher *m, const char *s, const char *p)
{
    const char *const pat_end = m->pat_end;
    while (p < pat_end) {
        const char *ep;
        switch (*p) {
        case '(':
            if (p + 1 < pat_end && p[1] == ')')
                return open_capture(m, s, p + 2, CAP_POSITION);
            return open_capture(m, s, p + 1, CAP_OPEN);
        case ')':
            return close_capture(m, s, p);
        case '$':
            if (p + 1 == pat_end) /* '$' elsewhere is literal */
                return (s == m->src_end) ? s : NULL;
            break;
        case PAT_ESC:
            /* p + 1 == pat_end is left to class_end, which reports it */
            if (p + 1 < pat_end && is_special_escape(uchar(p[1]))) {
                if (match_special_escape(m, &s, &p) == STEP_FAIL)
                    return NULL;
                continue;
            }
            break;
        default:
            break;
        }
        ep = class_end(m, p);
        if (is_quantifier(m, ep))
            return match_quantified(m, s, p, ep);
        if (!char_at_matches(m, s, p, ep))
            return NULL;
        s++;
        p = ep;
    }
    return s;
}

static const char *do_match(Matcher *m, const char *s, const char *p)
{
    const char *r;
    if (++m->depth > MAX_MATCH_DEPTH)
        luaL_error(m->L, "pattern too complex");
    if (--m->steps == 0) {
        m->steps = MATCH_POLL;
        limit_cpoll(m->L, MATCH_POLL);
    }
    r = match_body(m, s, p);
    m->depth--;
    return r;
}

/* A fresh match attempt of the whole pattern p at subject position s. */
static const char *match_at(Matcher *m, const char *s, const char *p)
{
    m->ncap = 0;
    m->depth = 0;
    return do_match(m, s, p);
}

/*
 * Skipping start positions.  When the pattern's first input-consuming
 * item must match one character (it is not followed by '*', '?' or '-'),
 * a match can only start where that character matches, so the search
 * loops jump from one such position to the next (with memchr when the
 * item is a literal character) instead of running the matcher everywhere.
 *
 * At a skipped position the matcher would only have opened the leading
 * captures, parsed the first item and failed on it.  start_init makes
 * sure none of that can raise an error (a well-formed item, fewer leading
 * captures than the limits), so skipping changes nothing but the time.
 */
typedef enum { START_ANY, START_CHAR, START_CLASS, START_SET } StartKind;

typedef struct Start {
    StartKind kind;
    int ch;              /* START_CHAR: the first character */
    ClassTest cls;       /* START_CLASS: the first item, a class */
    CSet set;            /* START_SET: the first item, a set */
} Start;

static void start_init(Start *st, const Matcher *m, const char *p)
{
    const char *ep;
    int ncap = 0;
    st->kind = START_ANY;
    while (p < m->pat_end && *p == '(') { /* captures consume nothing */
        p += (p + 1 < m->pat_end && p[1] == ')') ? 2 : 1;
        if (++ncap >= MAX_CAPTURES) /* (also well below MAX_MATCH_DEPTH) */
            return;
    }
    if (p >= m->pat_end || *p == ')' || *p == '.')
        return;
    if (*p == '$' && p + 1 == m->pat_end)
        return;
    if (*p == PAT_ESC) {
        if (p + 1 >= m->pat_end || is_special_escape(uchar(p[1])))
            return;
        ep = p + 2;
    } else if (*p == '[') {
        ep = scan_set(p, m->pat_end);
        if (ep == NULL)
            return;
    } else {
        ep = p + 1;
    }
    if (ep < m->pat_end && (*ep == '*' || *ep == '?' || *ep == '-'))
        return; /* the item may match nothing */
    if (*p == PAT_ESC && escapes_literal(uchar(p[1]))) {
        st->kind = START_CHAR;
        st->ch = uchar(p[1]);
    } else if (*p == PAT_ESC) {
        st->kind = START_CLASS;
        class_resolve(&m->ct, uchar(p[1]), &st->cls);
    } else if (*p == '[') {
        if (cset_compile(&m->ct, &st->set, p, ep - 1))
            st->kind = START_SET;
    } else {
        st->kind = START_CHAR;
        st->ch = uchar(*p);
    }
}

/* The first position at or after s where a match may start, or NULL if
 * there is none (not even at the end of the subject). */
static const char *next_start(const Matcher *m, Start *st, const char *s)
{
    const char *end = m->src_end;
    switch (st->kind) {
    case START_CHAR:
        return memchr(s, st->ch, (size_t)(end - s));
    case START_CLASS:
        for (; s < end; s++)
            if (class_test(&m->ct, &st->cls, uchar(*s)))
                return s;
        return NULL;
    case START_SET:
        for (; s < end; s++)
            if (cset_has(&m->ct, &st->set, uchar(*s)))
                return s;
        return NULL;
    default:
        return s;
    }
}

/* Search for the first match at or after s (every position up to the end
 * of the subject).  Returns the match end and sets *start, or returns
 * NULL.  `try_first`: try s before setting up the skipping, for searches
 * that often succeed at once (string.find(s, "[^ ]", i) in a scanner);
 * gmatch, which resumes right after the previous match, does not. */
static const char *search(Matcher *m, const char *s, const char *p,
                          int try_first, const char **start)
{
    Start st;
    const char *e = NULL;
    if (try_first) {
        e = match_at(m, s, p);
        if (e != NULL || s == m->src_end) {
            *start = s;
            return e;
        }
        s++;
    }
    start_init(&st, m, p);
    while ((s = next_start(m, &st, s)) != NULL) {
        e = match_at(m, s, p);
        if (e != NULL || s == m->src_end)
            break;
        s++;
    }
    *start = s;
    return e;
}

/* Capture i of a match s..e (the whole match when there are no
 * captures): sets *start and returns the length, or CAP_POSITION. */
static ptrdiff_t get_capture(Matcher *m, int i, const char *s, const char *e,
                             const char **start)
{
    if (i >= m->ncap) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index");
        *start = s;
        return e - s;
    }
    if (m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    *start = m->cap[i].start;
    return m->cap[i].len;
}

/* Push capture i (or the whole match s..e when there are no captures). */
static void push_capture(Matcher *m, int i, const char *s, const char *e)
{
    const char *start;
    ptrdiff_t len = get_capture(m, i, s, e, &start);
    if (len == CAP_POSITION)
        lua_pushinteger(m->L, (lua_Integer)(start - m->src + 1));
    else
        lua_pushlstring(m->L, start, (size_t)len);
}

/* Push all captures; with none, push the whole match if s is given. */
static int push_all_captures(Matcher *m, const char *s, const char *e)
{
    int i;
    int n = (m->ncap == 0 && s != NULL) ? 1 : m->ncap;
    if (n > 0)
        luaL_checkstack(m->L, n, "too many captures");
    for (i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

/* Plain substring search (memmem without relying on GNU extensions). */
static const char *find_plain(const char *s, size_t ls, const char *p,
                              size_t lp)
{
    const char *end;
    if (lp == 0)
        return s;
    if (lp > ls)
        return NULL;
    end = s + (ls - lp); /* last possible start */
    while (s <= end) {
        const char *hit = memchr(s, *p, (size_t)(end - s) + 1);
        if (hit == NULL)
            return NULL;
        if (memcmp(hit + 1, p + 1, lp - 1) == 0)
            return hit;
        s = hit + 1;
    }
    return NULL;
}

/* Start offset for find/match: 5.1 clamps it into [0, len]. */
static size_t start_offset(lua_State *L, int arg, size_t len)
{
    ptrdiff_t init = rel_pos(opt_integer(L, arg, 1), len) - 1;
    if (init < 0)
        return 0;
    if ((size_t)init > len)
        return len;
    return (size_t)init;
}

static int find_literal(lua_State *L, const char *s, size_t ls, size_t init,
                        const char *p, size_t lp)
{
    const char *hit = find_plain(s + init, ls - init, p, lp);
    if (hit == NULL) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)(hit - s + 1));
    lua_pushinteger(L, (lua_Integer)(hit - s + (ptrdiff_t)lp));
    return 2;
}

/* Common body of string.find and string.match. */
/* string.find with a pattern that is one set and nothing else ("[^ \t]",
 * '["\\]': the commonest scanner patterns) scans with the compiled set, as
 * search would do without the matcher; anything else (the set does not end
 * the pattern, is malformed, has too many classes) goes to find_pattern. */
static int find_pattern(lua_State *L, const char *s, size_t ls, size_t init,
                        const char *p);

static int find_set(lua_State *L, const char *s, size_t ls, size_t init,
                    const char *p, size_t lp)
{
    const char *ep = scan_set(p, p + lp);
    Ctype ct;
    CSet cs;
    ctype_init(&ct);
    if (ep == p + lp && strlen(p) == lp && cset_compile(&ct, &cs, p, ep - 1)) {
        const char *q = s + init, *end = s + ls;
        for (; q < end; q++) {
            if (cset_has(&ct, &cs, uchar(*q))) {
                lua_pushinteger(L, (lua_Integer)(q - s + 1));
                lua_pushinteger(L, (lua_Integer)(q - s + 1));
                return 2;
            }
        }
        lua_pushnil(L);
        return 1;
    }
    return find_pattern(L, s, ls, init, p);
}

static int find_or_match(lua_State *L, int is_find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(L, 3, ls);
    Matcher m;
    const char *start, *e;
    int anchored;
    if (is_find && (lua_toboolean(L, 4) || strpbrk(p, PAT_SPECIALS) == NULL))
        return find_literal(L, s, ls, init, p, lp);
    if (is_find && *p == '[')
        return find_set(L, s, ls, init, p, lp);
    if (is_find)
        return find_pattern(L, s, ls, init, p);
    anchored = (*p == '^');
    if (anchored)
        p++;
    matcher_init(&m, L, s, ls, p);
    start = s + init;
    e = anchored ? match_at(&m, start, p) : search(&m, start, p, 1, &start);
    if (e == NULL) {
        lua_pushnil(L);
        return 1;
    }
    return push_all_captures(&m, start, e);
}

/* string.find with a pattern, from offset init. */
static int find_pattern(lua_State *L, const char *s, size_t ls, size_t init,
                        const char *p)
{
    Matcher m;
    const char *start, *e;
    int anchored = (*p == '^');
    if (anchored)
        p++;
    matcher_init(&m, L, s, ls, p);
    start = s + init;
    e = anchored ? match_at(&m, start, p) : search(&m, start, p, 1, &start);
    if (e == NULL) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)(start - s + 1));
    lua_pushinteger(L, (lua_Integer)(e - s));
    return push_all_captures(&m, NULL, NULL) + 2;
}

static int str_find(lua_State *L)
{
    return find_or_match(L, 1);
}

static int str_match(lua_State *L)
{
    return find_or_match(L, 0);
}

/* Iterator closure for gmatch; upvalues: subject, pattern, next offset.
 * As in 5.1 a '^' in the pattern is an ordinary character here. */
static int gmatch_step(lua_State *L)
{
    size_t ls;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tostring(L, lua_upvalueindex(2));
    size_t pos = (size_t)lua_tointeger(L, lua_upvalueindex(3));
    const char *start, *e;
    Matcher m;
    if (pos > ls)
        return 0; /* the previous match ended with an empty match at the end */
    matcher_init(&m, L, s, ls, p);
    e = search(&m, s + pos, p, 0, &start);
    if (e == NULL)
        return 0;
    /* an empty match must still advance, or we would loop */
    lua_pushinteger(L, (lua_Integer)(e - s) + (e == start ? 1 : 0));
    lua_replace(L, lua_upvalueindex(3));
    return push_all_captures(&m, start, e);
}

static int str_gmatch(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, gmatch_step, 3);
    val_func(L->top[-1])->c.ffid = FF_CCALL;  /* compiled code may call it (vm.h) */
    return 1;
}

/* The replacement argument of gsub (argument 3), examined once. */
typedef struct Repl {
    int type;        /* LUA_TSTRING (also for numbers), function or table */
    const char *s;   /* the replacement string */
    size_t len;
} Repl;

/* Append capture i of the match s..e (for %1..%9 in a replacement). */
static void add_capture(Matcher *m, luaL_Buffer *b, int i, const char *s,
                        const char *e)
{
    const char *start;
    ptrdiff_t len = get_capture(m, i, s, e, &start);
    if (len == CAP_POSITION) {
        lua_pushinteger(m->L, (lua_Integer)(start - m->src + 1));
        luaL_addvalue(b);
    } else {
        luaL_addlstring(b, start, (size_t)len);
    }
}

/* Append a replacement string, expanding %0..%9 and %x escapes. */
static void add_repl_string(Matcher *m, luaL_Buffer *b, const Repl *r,
                            const char *s, const char *e)
{
    const char *q = r->s, *end = r->s + r->len;
    while (q < end) {
        const char *esc = memchr(q, PAT_ESC, (size_t)(end - q));
        char c;
        if (esc == NULL) {
            luaL_addlstring(b, q, (size_t)(end - q));
            return;
        }
        luaL_addlstring(b, q, (size_t)(esc - q));
        q = esc + 1;
        /* 5.1: a trailing '%' escapes the terminating '\0' */
        c = (q < end) ? *q : '\0';
        q++;
        if (!(c >= '0' && c <= '9'))
            luaL_addchar(b, c);
        else if (c == '0')
            luaL_addlstring(b, s, (size_t)(e - s));
        else
            add_capture(m, b, c - '1', s, e);
    }
}

/* Append the replacement for match s..e. */
static void add_replacement(Matcher *m, luaL_Buffer *b, const Repl *r,
                            const char *s, const char *e)
{
    lua_State *L = m->L;
    switch (r->type) {
    case LUA_TSTRING:
        add_repl_string(m, b, r, s, e);
        return;
    case LUA_TFUNCTION: {
        int n;
        lua_pushvalue(L, 3);
        n = push_all_captures(m, s, e);
        lua_call(L, n, 1);
        break;
    }
    default: /* table */
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
        break;
    }
    if (!lua_toboolean(L, -1)) { /* nil or false: keep the original */
        lua_pop(L, 1);
        lua_pushlstring(L, s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)",
                   luaL_typename(L, -1));
    }
    luaL_addvalue(b);
}

static int str_gsub(lua_State *L)
{
    size_t ls;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checkstring(L, 2);
    int rt = lua_type(L, 3);
    lua_Integer max_n = opt_integer(L, 4, (lua_Integer)ls + 1);
    int anchored = (*p == '^');
    lua_Integer n = 0;
    Matcher m;
    Repl repl;
    Start st;
    luaL_Buffer b;
    luaL_argcheck(L, rt == LUA_TNUMBER || rt == LUA_TSTRING ||
                     rt == LUA_TFUNCTION || rt == LUA_TTABLE,
                  3, "string/function/table expected");
    repl.type = rt;
    if (rt == LUA_TNUMBER || rt == LUA_TSTRING) {
        repl.type = LUA_TSTRING;
        repl.s = lua_tolstring(L, 3, &repl.len);
    }
    if (anchored)
        p++;
    luaL_buffinit(L, &b);
    matcher_init(&m, L, src, ls, p);
    start_init(&st, &m, p);
    while (n < max_n) {
        const char *e;
        if (!anchored) { /* copy what cannot start a match */
            const char *next = next_start(&m, &st, src);
            if (next == NULL && src == m.src) {
                /* no match can start anywhere: the result is the subject
                 * itself (the same interned string the copy would make) */
                lua_pushvalue(L, 1);
                lua_pushinteger(L, 0);
                return 2;
            }
            if (next == NULL)
                break; /* the rest is copied below */
            luaL_addlstring(&b, src, (size_t)(next - src));
            src = next;
        }
        e = match_at(&m, src, p);
        if (e != NULL) {
            n++;
            add_replacement(&m, &b, &repl, src, e);
            if (repl.type != LUA_TSTRING) { /* Lua ran: os.setlocale? */
                ctype_init(&m.ct);
                start_init(&st, &m, p);
            }
        }
        if (e != NULL && e > src)
            src = e; /* skip the non-empty match */
        else if (src < m.src_end)
            luaL_addchar(&b, *src++);
        else
            break;
        if (anchored)
            break;
    }
    luaL_addlstring(&b, src, (size_t)(m.src_end - src));
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

/* ------------------------------------------------------------------ */
/* string.format                                                       */
/* ------------------------------------------------------------------ */

#define FMT_FLAGS "-+ #0"
#define FMT_SPEC_MAX 32 /* '%' flags(<=5) width(<=2) '.' prec(<=2) 'l' conv */
#define FMT_ITEM_MAX 512 /* enough for "%99.99f" of the largest double */

/* A parsed conversion specification. */
typedef struct FmtSpec {
    const char *text;   /* its text in the format, after the '%' ... */
    size_t len;         /* ... up to and including the conversion char */
    int minus, plus, space, hash, zero; /* the flags present */
    int width;                          /* 0 when absent */
    int prec;                           /* -1 when absent */
} FmtSpec;

/* %q: quote a string so that Lua can read it back.  Runs of characters
 * that need no escape are copied in one piece. */
static void add_quoted(lua_State *L, luaL_Buffer *b, int arg)
{
    size_t len;
    const char *s = luaL_checklstring(L, arg, &len);
    const char *end = s + len;
    luaL_addchar(b, '"');
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '"' && *s != '\\' && *s != '\n' &&
               *s != '\r' && *s != '\0')
            s++;
        luaL_addlstring(b, run, (size_t)(s - run));
        if (s == end)
            break;
        switch (*s) {
        case '\r':
            luaL_addlstring(b, "\\r", 2);
            break;
        case '\0':
            luaL_addlstring(b, "\\000", 4);
            break;
        default: /* '"', '\\', '\n' */
            luaL_addchar(b, '\\');
            luaL_addchar(b, *s);
            break;
        }
        s++;
    }
    luaL_addchar(b, '"');
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Parse flags/width/precision after a '%' into *spec; returns a pointer
 * to the conversion character. */
static const char *scan_spec(lua_State *L, const char *f, FmtSpec *spec)
{
    const char *p = f;
    spec->minus = spec->plus = spec->space = spec->hash = spec->zero = 0;
    spec->width = 0;
    spec->prec = -1;
    for (;; p++) {
        switch (*p) {
        case '-': spec->minus = 1; continue;
        case '+': spec->plus = 1; continue;
        case ' ': spec->space = 1; continue;
        case '#': spec->hash = 1; continue;
        case '0': spec->zero = 1; continue;
        }
        break;
    }
    if ((size_t)(p - f) >= sizeof(FMT_FLAGS))
        luaL_error(L, "invalid format (repeated flags)");
    if (is_digit(uchar(*p)))
        spec->width = *p++ - '0'; /* width: at most two digits */
    if (is_digit(uchar(*p)))
        spec->width = spec->width * 10 + (*p++ - '0');
    if (*p == '.') {
        p++;
        spec->prec = 0;
        if (is_digit(uchar(*p)))
            spec->prec = *p++ - '0'; /* precision: at most two digits */
        if (is_digit(uchar(*p)))
            spec->prec = spec->prec * 10 + (*p++ - '0');
    }
    if (is_digit(uchar(*p)))
        luaL_error(L, "invalid format (width or precision too long)");
    spec->text = f;
    spec->len = (size_t)(p - f) + 1;
    return p;
}

/* The spec as a C format for snprintf ("%" text), with an 'l' length
 * modifier inserted before the conversion char if `islong`. */
static const char *spec_format(const FmtSpec *spec, int islong,
                               char buf[FMT_SPEC_MAX])
{
    size_t n = spec->len - 1; /* without the conversion char */
    buf[0] = '%';
    memcpy(buf + 1, spec->text, n);
    if (islong)
        buf[++n] = 'l';
    buf[n + 1] = spec->text[spec->len - 1];
    buf[n + 2] = '\0';
    return buf;
}

/* double -> long with the x86 convention for out-of-range values, but
 * without the undefined behaviour of a plain cast. */
static long num_to_long(lua_Number d)
{
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return (long)d;
    return LONG_MIN;
}

/* double -> int the same way (INT_MIN when out of range or NaN), for %c as 5.1's (int) cast
 * behaves on x86. */
static int num_to_int(lua_Number d)
{
    if (d > -2147483649.0 && d < 2147483648.0)
        return (int)d;
    return INT_MIN;
}

static unsigned long num_to_ulong(lua_Number d)
{
    if (d >= 0 && d < 18446744073709551616.0)
        return (unsigned long)d;
    return (unsigned long)num_to_long(d);
}

/*
 * Fast paths.  string.format spends most of its time inside snprintf, so
 * the common conversions are done here: %d and friends without precision
 * or '#', %f with a small precision, plain %s and %c.  Each produces the
 * bytes snprintf would (glibc, default rounding mode); anything unusual
 * goes to snprintf as before.
 */

/* Digits of u in `base` (8, 10 or 16) written backwards ending at `end`;
 * returns the first digit.  Constant divisors: no division instruction. */
static char *utoa_back(char *end, uint64_t u, unsigned base, int upper)
{
    const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (base == 10) {
        do {
            *--end = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0);
    } else {
        unsigned shift = (base == 16) ? 4 : 3;
        do {
            *--end = xd[u & (base - 1)];
            u >>= shift;
        } while (u != 0);
    }
    return end;
}

/* Lay out sign (may be '\0' for none) and body padded to the spec's width
 * as printf does: spaces on the left, spaces on the right with '-', or
 * zeros between the sign and the body with '0'.  Returns the length. */
static size_t pad_field(const FmtSpec *spec, char *out, char sign,
                        const char *body, size_t nbody)
{
    size_t n = nbody + (sign != '\0');
    size_t fill = (size_t)spec->width > n ? (size_t)spec->width - n : 0;
    char *o = out;
    if (fill > 0 && !spec->minus && !spec->zero) {
        memset(o, ' ', fill);
        o += fill;
    }
    if (sign != '\0')
        *o++ = sign;
    if (fill > 0 && !spec->minus && spec->zero) {
        memset(o, '0', fill);
        o += fill;
    }
    memcpy(o, body, nbody);
    o += nbody;
    if (fill > 0 && spec->minus) {
        memset(o, ' ', fill);
        o += fill;
    }
    return (size_t)(o - out);
}

/* The sign printf shows for a number (negative or not). */
static char sign_char(const FmtSpec *spec, int negative)
{
    if (negative)
        return '-';
    return spec->plus ? '+' : spec->space ? ' ' : '\0';
}

/* %d %i %o %u %x %X without precision or '#'.  Returns the length written
 * to out, or 0 when the general path must be taken. */
static size_t fast_integer(const FmtSpec *spec, char conv, lua_Number d,
                           char *out)
{
    char digits[32];
    char *end = digits + sizeof digits, *first;
    if (spec->prec >= 0 || spec->hash)
        return 0;
    if (conv == 'd' || conv == 'i') {
        long v = num_to_long(d);
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        first = utoa_back(end, u, 10, 0);
        return pad_field(spec, out, sign_char(spec, v < 0), first,
                         (size_t)(end - first));
    }
    if (spec->plus || spec->space)
        return 0; /* meaningless for unsigned conversions */
    first = utoa_back(end, num_to_ulong(d),
                      conv == 'o' ? 8 : conv == 'u' ? 10 : 16, conv == 'X');
    return pad_field(spec, out, '\0', first, (size_t)(end - first));
}

#if defined(__SIZEOF_INT128__)
/* 128-bit products make the decimal conversion below exact. */
__extension__ typedef unsigned __int128 uint128;

/* The body of "%.<prec>f" for x >= 0 into out (digits, then '.' and prec
 * digits when prec > 0), correctly rounded, halfway cases to even, as
 * glibc's printf.  Returns the length, or 0 when out of the range handled
 * here. */
static size_t fixed_body(double x, int prec, char *out)
{
    static const uint64_t pow10[] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
        10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
        10000000000000000ULL, 100000000000000000ULL,
        1000000000000000000ULL
    };
    char digits[48];
    char *end = digits + sizeof digits, *first;
    uint64_t q;
    size_t n;
    if (prec > 18 || !(x < 9223372036854775808.0))
        return 0;
    if (x == floor(x)) {
        q = (uint64_t)x;
        first = utoa_back(end, q, 10, 0);
        n = (size_t)(end - first);
        memcpy(out, first, n);
        if (prec > 0) {
            out[n++] = '.';
            memset(out + n, '0', (size_t)prec);
            n += (size_t)prec;
        }
        return n;
    } else {
        /* x = mant * 2^-k exactly, and x * 10^prec = mant * 10^prec / 2^k */
        int e, k;
        uint64_t mant = (uint64_t)ldexp(frexp(x, &e), 53);
        uint128 v, rem, half;
        k = 53 - e; /* >= 1, since x is not an integer */
        if (k > 120)
            return 0;
        v = (uint128)mant * pow10[prec];
        rem = v & ((((uint128)1) << k) - 1);
        half = ((uint128)1) << (k - 1);
        v >>= k;
        if (rem > half || (rem == half && (v & 1) != 0))
            v++;
        if (v >> 64 != 0)
            return 0;
        q = (uint64_t)v;
    }
    first = utoa_back(end, q, 10, 0);
    while (end - first < prec + 1) /* at least one digit before the '.' */
        *--first = '0';
    n = (size_t)(end - first) - (size_t)prec;
    memcpy(out, first, n); /* the integer part */
    if (prec > 0) {
        out[n] = '.';
        memcpy(out + n + 1, end - prec, (size_t)prec);
        n += 1 + (size_t)prec;
    }
    return n;
}

/* %f without '#'.  Returns the length, or 0 for the general path. */
static size_t fast_fixed(const FmtSpec *spec, lua_Number d, char *out)
{
    char body[64];
    size_t n;
    if (spec->hash || !isfinite(d))
        return 0;
    n = fixed_body(fabs(d), spec->prec < 0 ? 6 : spec->prec, body);
    if (n == 0)
        return 0;
    return pad_field(spec, out, sign_char(spec, signbit(d) != 0), body, n);
}
#else
static size_t fast_fixed(const FmtSpec *spec, lua_Number d, char *out)
{
    (void)spec;
    (void)d;
    (void)out;
    return 0;
}
#endif

/* GCC cannot check a runtime format; the spec is built by scan_spec. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif

/* Format one numeric/char item into buff (FMT_ITEM_MAX bytes); returns
 * its length (the C string length, as 5.1 did, so "%c" of 0 yields
 * nothing). */
static size_t format_number(lua_State *L, int arg, char conv,
                            const FmtSpec *spec, char *buff)
{
    lua_Number d = luaL_checknumber(L, arg);
    char form[FMT_SPEC_MAX];
    size_t n;
    switch (conv) {
    case 'c':
        if (spec->len == 1) { /* plain "%c" */
            buff[0] = (char)num_to_int(d);
            return buff[0] != '\0';
        }
        snprintf(buff, FMT_ITEM_MAX, spec_format(spec, 0, form), num_to_int(d));
        break;
    case 'd':
    case 'i':
        if ((n = fast_integer(spec, conv, d, buff)) != 0)
            return n;
        snprintf(buff, FMT_ITEM_MAX, spec_format(spec, 1, form),
                 num_to_long(d));
        break;
    case 'o':
    case 'u':
    case 'x':
    case 'X':
        if ((n = fast_integer(spec, conv, d, buff)) != 0)
            return n;
        snprintf(buff, FMT_ITEM_MAX, spec_format(spec, 1, form),
                 num_to_ulong(d));
        break;
    case 'f':
        if ((n = fast_fixed(spec, d, buff)) != 0)
            return n;
        snprintf(buff, FMT_ITEM_MAX, spec_format(spec, 0, form), (double)d);
        break;
    default: /* e E g G */
        snprintf(buff, FMT_ITEM_MAX, spec_format(spec, 0, form), (double)d);
        break;
    }
    return strlen(buff);
}

/* Room for one formatted item, directly in the buffer (as luaL_addchar,
 * through the public luaL_Buffer fields); luaL_addsize commits it. */
static char *item_space(luaL_Buffer *b)
{
    if ((size_t)(b->buffer + LUAL_BUFFERSIZE - b->p) < FMT_ITEM_MAX)
        luaL_prepbuffer(b);
    return b->p;
}

/* Append a numeric/char item, formatted in place in the buffer. */
static void add_number(lua_State *L, luaL_Buffer *b, int arg, char conv,
                       const FmtSpec *spec)
{
    char *out = item_space(b);
    size_t n = format_number(L, arg, conv, spec, out);
    luaL_addsize(b, n);
}

/* %s: long strings without precision are copied verbatim (no truncation
 * at embedded zeros); others are formatted like 5.1's sprintf would,
 * which stops at the first '\0'. */
static void format_string(lua_State *L, luaL_Buffer *b, int arg,
                          const FmtSpec *spec)
{
    size_t len;
    const char *s = luaL_checklstring(L, arg, &len);
    char form[FMT_SPEC_MAX];
    char *out;
    if (spec->prec < 0 && len >= 100) {
        lua_pushvalue(L, arg);
        luaL_addvalue(b);
        return;
    }
    out = item_space(b);
    if (!spec->plus && !spec->space && !spec->hash && !spec->zero) {
        /* only width, '-' and precision: pad or cut here */
        const char *nul = memchr(s, '\0', len);
        size_t n = nul != NULL ? (size_t)(nul - s) : len;
        if (spec->prec >= 0 && (size_t)spec->prec < n)
            n = (size_t)spec->prec;
        luaL_addsize(b, pad_field(spec, out, '\0', s, n));
        return;
    }
    snprintf(out, FMT_ITEM_MAX, spec_format(spec, 0, form), s);
    luaL_addsize(b, strlen(out));
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* Handle one '%' item; f points after the '%' and `top` is the number of
 * arguments.  Returns the position after the item. */
static const char *format_item(lua_State *L, luaL_Buffer *b, const char *f,
                               int arg, int top)
{
    FmtSpec spec;
    char conv;
    if (arg > top)
        luaL_argerror(L, arg, "no value");
    f = scan_spec(L, f, &spec);
    conv = *f++;
    switch (conv) {
    case 'c': case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'g': case 'G':
        add_number(L, b, arg, conv, &spec);
        break;
    case 'q':
        add_quoted(L, b, arg);
        break;
    case 's':
        format_string(L, b, arg, &spec);
        break;
    default:
        luaL_error(L, "invalid option '%%%c' to 'format'", conv);
    }
    return f;
}

static int str_format(lua_State *L)
{
    /* counted before the buffer puts its pieces on the stack */
    int top = lua_gettop(L);
    size_t lf;
    const char *f = luaL_checklstring(L, 1, &lf);
    const char *f_end = f + lf;
    int arg = 1;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (f < f_end) {
        if (*f != '%') {
            luaL_addchar(&b, *f++);
        } else if (*++f == '%') { /* at f_end: the terminating '\0' */
            luaL_addchar(&b, *f++);
        } else {
            f = format_item(L, &b, f, ++arg, top);
        }
    }
    luaL_pushresult(&b);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Registration                                                        */
/* ------------------------------------------------------------------ */

static const luaL_Reg string_funcs[] = {
    {"byte", str_byte},
    {"char", str_char},
    {"dump", str_dump},
    {"find", str_find},
    {"format", str_format},
    {"gmatch", str_gmatch},
    {"gsub", str_gsub},
    {"len", str_len},
    {"lower", str_lower},
    {"match", str_match},
    {"rep", str_rep},
    {"reverse", str_reverse},
    {"sub", str_sub},
    {"upper", str_upper},
    {NULL, NULL}
};

/* Give all strings a metatable whose __index is the string table, so that
 * method calls like ("x"):upper() work. */
static void set_string_metatable(lua_State *L)
{
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "");
    lua_pushvalue(L, -2);
    lua_setmetatable(L, -2);
    lua_pop(L, 1);          /* the dummy string */
    lua_pushvalue(L, -2);   /* the string table */
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);          /* the metatable */
}

void buf_preload(lua_State *L);

LUALIB_API int luaopen_string(lua_State *L)
{
    luaL_register(L, LUA_STRLIBNAME, string_funcs);
    lua_getfield(L, -1, "gmatch"); /* 5.1 alias: the very same function */
    lua_setfield(L, -2, "gfind");
    vm_markfast(L, "len", FF_STRLEN);   /* recorded inline by the trace compiler (vm.h) */
    vm_markfast(L, "byte", FF_STRBYTE);
    vm_markfast(L, "sub", FF_STRSUB);
    {
        static const char *const ccall[] = { "rep", "upper", "lower", "reverse",
                                             "format", "char", "find", "match",
                                             "gmatch" };
        size_t i;
        for (i = 0; i < sizeof ccall / sizeof ccall[0]; i++) vm_markfast(L, ccall[i], FF_CCALL);
    }
    vm_markfast(L, "gsub", FF_CCALLLUA);   /* its replacement may be Lua code (vm.h) */
    set_string_metatable(L);
    buf_preload(L);   /* require "string.buffer" (buffer.c) */
    return 1;
}
