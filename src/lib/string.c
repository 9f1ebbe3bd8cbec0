/*
 * string.c - the Lua 5.1 string library (luaopen_string).
 *
 * Implements byte char dump find format gmatch gsub len lower match rep
 * reverse sub upper (plus the 5.1 compatibility alias gfind) on top of the
 * public C API only.  The pattern matcher is a backtracking matcher over the
 * 5.1 pattern language; its recursion depth is bounded so that hostile
 * patterns raise "pattern too complex" instead of overflowing the C stack.
 */

#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

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
    const char *s = luaL_checklstring(L, 1, &len);
    ptrdiff_t first = rel_pos(luaL_checkinteger(L, 2), len);
    ptrdiff_t last = rel_pos(luaL_optinteger(L, 3, -1), len);
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

/* string.rep: the total size is computed up front with an overflow check;
 * the block is allocated as a userdata so that running out of memory is a
 * normal Lua memory error rather than a crash. */
static int str_rep(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    char *block;
    if (n <= 0 || len == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((lua_Integer)(STR_MAXSIZE / len) < n)
        return luaL_error(L, "string size overflow");
    block = (char *)lua_newuserdata(L, len * (size_t)n);
    fill_repeated(block, s, len, (size_t)n);
    lua_pushlstring(L, block, len * (size_t)n);
    return 1;
}

static int str_byte(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    ptrdiff_t first = rel_pos(luaL_optinteger(L, 2, 1), len);
    ptrdiff_t last = rel_pos(luaL_optinteger(L, 3, first), len);
    ptrdiff_t i, count;
    if (first <= 0)
        first = 1;
    if (last > (ptrdiff_t)len)
        last = (ptrdiff_t)len;
    if (first > last)
        return 0;
    count = last - first + 1;
    if (count >= INT_MAX)
        return luaL_error(L, "string slice too long");
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
/* Pattern matching                                                    */
/* ------------------------------------------------------------------ */

#define PAT_ESC '%'
#define PAT_SPECIALS "^$*+?.([%-"
#define MAX_CAPTURES 32
/* Bound on matcher recursion (same order as LUAI_MAXCCALLS): deep enough
 * for any sensible pattern, small enough to never exhaust the C stack. */
#define MAX_MATCH_DEPTH 200

#define CAP_OPEN (-1)     /* capture started but not closed yet */
#define CAP_POSITION (-2) /* position capture "()" */

typedef struct Matcher {
    const char *src;     /* subject start */
    const char *src_end; /* subject end */
    const char *pat_end; /* pattern end */
    lua_State *L;
    int depth;           /* current recursion depth */
    int ncap;            /* number of captures (open or closed) */
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
}

/* Does character c belong to class letter `cls` (as in %a, %D, ...)? */
static int class_match(int c, int cls)
{
    int res;
    switch (tolower(cls)) {
    case 'a': res = isalpha(c); break;
    case 'c': res = iscntrl(c); break;
    case 'd': res = isdigit(c); break;
    case 'l': res = islower(c); break;
    case 'p': res = ispunct(c); break;
    case 's': res = isspace(c); break;
    case 'u': res = isupper(c); break;
    case 'w': res = isalnum(c); break;
    case 'x': res = isxdigit(c); break;
    case 'z': res = (c == 0); break;
    default: return cls == c; /* %. etc: the escaped character itself */
    }
    if (isupper(cls))
        res = !res;
    return res != 0;
}

/* Set match: p points at '[', last at the closing ']'. */
static int set_match(int c, const char *p, const char *last)
{
    int want = 1;
    if (p[1] == '^') {
        want = 0;
        p++;
    }
    while (++p < last) {
        if (*p == PAT_ESC) {
            p++;
            if (class_match(c, uchar(*p)))
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

/* End of the single-character class starting at p (errors on malformed
 * escapes or unterminated sets). */
static const char *class_end(Matcher *m, const char *p)
{
    char c = *p++;
    if (c == PAT_ESC) {
        if (p >= m->pat_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^')
            p++;
        do { /* find the closing ']'; the first char may itself be ']' */
            if (p >= m->pat_end)
                luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == PAT_ESC && p < m->pat_end)
                p++; /* skip escaped char, e.g. %] */
        } while (*p != ']');
        return p + 1;
    }
    return p;
}

/* Does the subject char c match the class [p, ep)? */
static int single_match(int c, const char *p, const char *ep)
{
    switch (*p) {
    case '.': return 1;
    case PAT_ESC: return class_match(c, uchar(p[1]));
    case '[': return set_match(c, p, ep - 1);
    default: return uchar(*p) == c;
    }
}

/* Does the char at s (which must be in range) match [p, ep)? */
static int char_at_matches(Matcher *m, const char *s, const char *p,
                           const char *ep)
{
    return s < m->src_end && single_match(uchar(*s), p, ep);
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

/* Greedy repetition: take as many as possible, then back off. */
static const char *max_expand(Matcher *m, const char *s, const char *p,
                              const char *ep)
{
    ptrdiff_t n = 0;
    while (char_at_matches(m, s + n, p, ep))
        n++;
    for (; n >= 0; n--) {
        const char *r = do_match(m, s + n, ep + 1);
        if (r != NULL)
            return r;
    }
    return NULL;
}

/* Lazy repetition: try the rest first, consume one more on failure. */
static const char *min_expand(Matcher *m, const char *s, const char *p,
                              const char *ep)
{
    for (;;) {
        const char *r = do_match(m, s, ep + 1);
        if (r != NULL)
            return r;
        if (!char_at_matches(m, s, p, ep))
            return NULL;
        s++;
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
    return !set_match(prev, p, ep - 1) && set_match(cur, p, ep - 1);
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

static int is_quantifier(const Matcher *m, const char *ep)
{
    return ep < m->pat_end &&
           (*ep == '?' || *ep == '*' || *ep == '+' || *ep == '-');
}

/* Outcome of a pattern item that consumes input without backtracking. */
typedef enum { STEP_OK, STEP_FAIL, STEP_NONE } Step;

/* The escapes that are not character classes: %b, %f and back-references.
 * On STEP_OK, *ps and *pp are advanced past the matched text and item;
 * STEP_NONE means p is an ordinary class item such as %a. */
static Step match_special_escape(Matcher *m, const char **ps, const char **pp)
{
    const char *s = *ps, *p = *pp;
    if (p + 1 >= m->pat_end)
        return STEP_NONE; /* class_end reports the dangling '%' */
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
    } else if (isdigit(uchar(p[1]))) {
        s = match_backref(m, s, uchar(p[1]));
        p += 2;
    } else {
        return STEP_NONE;
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
    while (p < m->pat_end) {
        const char *ep;
        if (*p == '(') {
            if (p + 1 < m->pat_end && p[1] == ')')
                return open_capture(m, s, p + 2, CAP_POSITION);
            return open_capture(m, s, p + 1, CAP_OPEN);
        }
        if (*p == ')')
            return close_capture(m, s, p);
        if (*p == '$' && p + 1 == m->pat_end) /* '$' elsewhere is literal */
            return (s == m->src_end) ? s : NULL;
        if (*p == PAT_ESC) {
            Step st = match_special_escape(m, &s, &p);
            if (st == STEP_FAIL)
                return NULL;
            if (st == STEP_OK)
                continue;
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
    r = match_body(m, s, p);
    m->depth--;
    return r;
}

/* Push capture i (or the whole match s..e when there are no captures). */
static void push_capture(Matcher *m, int i, const char *s, const char *e)
{
    if (i >= m->ncap) {
        if (i == 0)
            lua_pushlstring(m->L, s, (size_t)(e - s));
        else
            luaL_error(m->L, "invalid capture index");
        return;
    }
    if (m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    if (m->cap[i].len == CAP_POSITION)
        lua_pushinteger(m->L, (lua_Integer)(m->cap[i].start - m->src + 1));
    else
        lua_pushlstring(m->L, m->cap[i].start, (size_t)m->cap[i].len);
}

/* Push all captures; with none, push the whole match if s is given. */
static int push_all_captures(Matcher *m, const char *s, const char *e)
{
    int i;
    int n = (m->ncap == 0 && s != NULL) ? 1 : m->ncap;
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
    ptrdiff_t init = rel_pos(luaL_optinteger(L, arg, 1), len) - 1;
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
static int find_or_match(lua_State *L, int is_find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(L, 3, ls);
    Matcher m;
    const char *s1 = s + init;
    int anchored;
    if (is_find && (lua_toboolean(L, 4) || strpbrk(p, PAT_SPECIALS) == NULL))
        return find_literal(L, s, ls, init, p, lp);
    anchored = (*p == '^');
    if (anchored)
        p++;
    matcher_init(&m, L, s, ls, p);
    do {
        const char *e;
        m.ncap = 0;
        m.depth = 0;
        e = do_match(&m, s1, p);
        if (e != NULL) {
            if (!is_find)
                return push_all_captures(&m, s1, e);
            lua_pushinteger(L, (lua_Integer)(s1 - s + 1));
            lua_pushinteger(L, (lua_Integer)(e - s));
            return push_all_captures(&m, NULL, NULL) + 2;
        }
    } while (s1++ < m.src_end && !anchored);
    lua_pushnil(L);
    return 1;
}

static int str_find(lua_State *L)
{
    return find_or_match(L, 1);
}

static int str_match(lua_State *L)
{
    return find_or_match(L, 0);
}

/* Iterator closure for gmatch; upvalues: subject, pattern, next offset. */
static int gmatch_step(lua_State *L)
{
    size_t ls;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tostring(L, lua_upvalueindex(2));
    const char *pos;
    Matcher m;
    matcher_init(&m, L, s, ls, p);
    pos = s + (size_t)lua_tointeger(L, lua_upvalueindex(3));
    for (; pos <= m.src_end; pos++) {
        const char *e;
        m.ncap = 0;
        m.depth = 0;
        e = do_match(&m, pos, p);
        if (e != NULL) {
            /* an empty match must still advance, or we would loop */
            lua_Integer next = (lua_Integer)(e - s) + (e == pos ? 1 : 0);
            lua_pushinteger(L, next);
            lua_replace(L, lua_upvalueindex(3));
            return push_all_captures(&m, pos, e);
        }
    }
    return 0;
}

static int str_gmatch(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, gmatch_step, 3);
    return 1;
}

/* Append a replacement string, expanding %0..%9 and %x escapes. */
static void add_repl_string(Matcher *m, luaL_Buffer *b, const char *s,
                            const char *e)
{
    size_t len, i;
    const char *r = lua_tolstring(m->L, 3, &len);
    for (i = 0; i < len; i++) {
        char c = r[i];
        if (c != PAT_ESC) {
            luaL_addchar(b, c);
            continue;
        }
        i++; /* 5.1: a trailing '%' escapes the terminating '\0' */
        c = (i < len) ? r[i] : '\0';
        if (!isdigit(uchar(c))) {
            luaL_addchar(b, c);
        } else if (c == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else {
            push_capture(m, c - '1', s, e);
            luaL_addvalue(b);
        }
    }
}

/* Append the replacement for match s..e according to the type of arg 3. */
static void add_replacement(Matcher *m, luaL_Buffer *b, const char *s,
                            const char *e)
{
    lua_State *L = m->L;
    switch (lua_type(L, 3)) {
    case LUA_TNUMBER:
    case LUA_TSTRING:
        add_repl_string(m, b, s, e);
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
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    int anchored = (*p == '^');
    lua_Integer n = 0;
    Matcher m;
    luaL_Buffer b;
    luaL_argcheck(L, rt == LUA_TNUMBER || rt == LUA_TSTRING ||
                     rt == LUA_TFUNCTION || rt == LUA_TTABLE,
                  3, "string/function/table expected");
    if (anchored)
        p++;
    luaL_buffinit(L, &b);
    matcher_init(&m, L, src, ls, p);
    while (n < max_n) {
        const char *e;
        m.ncap = 0;
        m.depth = 0;
        e = do_match(&m, src, p);
        if (e != NULL) {
            n++;
            add_replacement(&m, &b, src, e);
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

/* %q: quote a string so that Lua can read it back. */
static void add_quoted(lua_State *L, luaL_Buffer *b, int arg)
{
    size_t len;
    const char *s = luaL_checklstring(L, arg, &len);
    luaL_addchar(b, '"');
    for (; len > 0; len--, s++) {
        switch (*s) {
        case '"':
        case '\\':
        case '\n':
            luaL_addchar(b, '\\');
            luaL_addchar(b, *s);
            break;
        case '\r':
            luaL_addlstring(b, "\\r", 2);
            break;
        case '\0':
            luaL_addlstring(b, "\\000", 4);
            break;
        default:
            luaL_addchar(b, *s);
            break;
        }
    }
    luaL_addchar(b, '"');
}

/* Parse flags/width/precision after a '%' into spec (as "%<...>"); returns
 * a pointer to the conversion character. */
static const char *scan_spec(lua_State *L, const char *f, char *spec)
{
    const char *p = f;
    size_t n;
    while (*p != '\0' && strchr(FMT_FLAGS, *p) != NULL)
        p++;
    if ((size_t)(p - f) >= sizeof(FMT_FLAGS))
        luaL_error(L, "invalid format (repeated flags)");
    if (isdigit(uchar(*p)))
        p++; /* width: at most two digits */
    if (isdigit(uchar(*p)))
        p++;
    if (*p == '.') {
        p++;
        if (isdigit(uchar(*p)))
            p++; /* precision: at most two digits */
        if (isdigit(uchar(*p)))
            p++;
    }
    if (isdigit(uchar(*p)))
        luaL_error(L, "invalid format (width or precision too long)");
    n = (size_t)(p - f) + 1; /* spec text including the conversion char */
    spec[0] = '%';
    memcpy(spec + 1, f, n);
    spec[n + 1] = '\0';
    return p;
}

/* Insert a 'l' length modifier before the conversion character. */
static void add_long_modifier(char *spec)
{
    size_t n = strlen(spec);
    char conv = spec[n - 1];
    spec[n - 1] = 'l';
    spec[n] = conv;
    spec[n + 1] = '\0';
}

/* double -> long with the x86 convention for out-of-range values, but
 * without the undefined behaviour of a plain cast. */
static long num_to_long(lua_Number d)
{
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return (long)d;
    return LONG_MIN;
}

static unsigned long num_to_ulong(lua_Number d)
{
    if (d >= 0 && d < 18446744073709551616.0)
        return (unsigned long)d;
    return (unsigned long)num_to_long(d);
}

/* GCC cannot check a runtime format; the spec is built by scan_spec. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif

/* Format one numeric/char item into buff; returns its length (the C
 * string length, as 5.1 did, so "%c" of 0 yields nothing). */
static size_t format_number(lua_State *L, int arg, char conv, char *spec,
                            char *buff)
{
    switch (conv) {
    case 'c':
        snprintf(buff, FMT_ITEM_MAX, spec, (int)luaL_checknumber(L, arg));
        break;
    case 'd':
    case 'i':
        add_long_modifier(spec);
        snprintf(buff, FMT_ITEM_MAX, spec,
                 num_to_long(luaL_checknumber(L, arg)));
        break;
    case 'o':
    case 'u':
    case 'x':
    case 'X':
        add_long_modifier(spec);
        snprintf(buff, FMT_ITEM_MAX, spec,
                 num_to_ulong(luaL_checknumber(L, arg)));
        break;
    default: /* e E f g G */
        snprintf(buff, FMT_ITEM_MAX, spec,
                 (double)luaL_checknumber(L, arg));
        break;
    }
    return strlen(buff);
}

/* %s: long strings without precision are copied verbatim (no truncation
 * at embedded zeros); others go through the C formatter like 5.1. */
static void format_string(lua_State *L, luaL_Buffer *b, int arg,
                          const char *spec)
{
    size_t len;
    const char *s = luaL_checklstring(L, arg, &len);
    char buff[FMT_ITEM_MAX];
    if (strchr(spec, '.') == NULL && len >= 100) {
        lua_pushvalue(L, arg);
        luaL_addvalue(b);
        return;
    }
    snprintf(buff, sizeof buff, spec, s);
    luaL_addstring(b, buff);
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* Handle one '%' item; f points after the '%'.  Returns the position
 * after the item. */
static const char *format_item(lua_State *L, luaL_Buffer *b, const char *f,
                               int arg)
{
    char spec[FMT_SPEC_MAX];
    char buff[FMT_ITEM_MAX];
    char conv;
    if (arg > lua_gettop(L))
        luaL_argerror(L, arg, "no value");
    f = scan_spec(L, f, spec);
    conv = *f++;
    switch (conv) {
    case 'c': case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'g': case 'G':
        luaL_addlstring(b, buff, format_number(L, arg, conv, spec, buff));
        break;
    case 'q':
        add_quoted(L, b, arg);
        break;
    case 's':
        format_string(L, b, arg, spec);
        break;
    default:
        luaL_error(L, "invalid option '%%%c' to 'format'", conv);
    }
    return f;
}

static int str_format(lua_State *L)
{
    size_t lf;
    const char *f = luaL_checklstring(L, 1, &lf);
    const char *f_end = f + lf;
    int arg = 1;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (f < f_end) {
        if (*f != '%') {
            luaL_addchar(&b, *f++);
        } else if (*++f == '%') {
            luaL_addchar(&b, *f++);
        } else {
            f = format_item(L, &b, f, ++arg);
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

LUALIB_API int luaopen_string(lua_State *L)
{
    luaL_register(L, LUA_STRLIBNAME, string_funcs);
    lua_getfield(L, -1, "gmatch"); /* 5.1 alias: the very same function */
    lua_setfield(L, -2, "gfind");
    set_string_metatable(L);
    return 1;
}
