/*
 * object.c - small helpers over values: type names, number <-> string conversion as Lua 5.1 does
 * it, chunk ids for messages, and the formatted-string builder used by errors and the C API.
 */
#include <ctype.h>
#include <langinfo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "str.h"
#include "state.h"

const char *const obj_typenames[] = {
  "no value", "nil", "boolean", "userdata", "number", "string", "table", "function", "userdata",
  "thread", "proto", "upval"
};

int val_type(Value v) {
  if (val_isnum(v)) return LUA_TNUMBER;
  switch (val_itype(v)) {
    case ITYPE_NIL: return LUA_TNIL;
    case ITYPE_FALSE: case ITYPE_TRUE: return LUA_TBOOLEAN;
    case ITYPE_LIGHTUD: return LUA_TLIGHTUSERDATA;
    case ITYPE_STR: return LUA_TSTRING;
    case ITYPE_TAB: return LUA_TTABLE;
    case ITYPE_FUNC: return LUA_TFUNCTION;
    case ITYPE_UDATA: return LUA_TUSERDATA;
    case ITYPE_THREAD: return LUA_TTHREAD;
    case ITYPE_PROTO: return LUA_TTHREAD + 1;
    default: return LUA_TTHREAD + 2;
  }
}

int obj_rawequal(Value a, Value b) {
  if (val_isnum(a)) return val_isnum(b) && val_num(a) == val_num(b);
  return a == b;
}

int obj_log2(unsigned int x) {
  int l = -1;
  while (x) { l++; x >>= 1; }
  return l;
}

/* Exact powers of ten as doubles (10^22 is the largest). */
static const double pow10_exact[23] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Plain decimals ("  -12.375 ") with at most 15 significant digits and 22 after the point, the
 * usual strings converted to numbers: the digits make an exact integer m < 2^53 and the value is
 * m / 10^k with 10^k exact, so one division gives the correctly rounded result, as strtod does.
 * Returns 0 for anything else (exponents, hex, inf/nan, more digits, a locale whose decimal
 * point is not '.', invalid text), which goes to strtod. */
static int str2d_simple(const char *s, double *out) {
  uint64_t m = 0;
  int nd = 0, frac = 0, any = 0, neg = 0;
  double d;
  while (isspace((unsigned char)*s)) s++;
  if (*s == '-') { neg = 1; s++; }
  else if (*s == '+') s++;
  for (; *s >= '0' && *s <= '9'; s++) {
    any = 1;
    if (m == 0 && *s == '0') continue;   /* leading zeros are not significant */
    if (++nd > 15) return 0;
    m = m * 10 + (uint64_t)(*s - '0');
  }
  if (*s == '.') {
    const char *dp = nl_langinfo(RADIXCHAR);   /* strtod's decimal point (LC_NUMERIC) */
    if (dp[0] != '.' || dp[1] != '\0') return 0;
    for (s++; *s >= '0' && *s <= '9'; s++) {
      any = 1;
      if (++frac > 22) return 0;
      if (m == 0 && *s == '0') continue;
      if (++nd > 15) return 0;
      m = m * 10 + (uint64_t)(*s - '0');
    }
  }
  if (!any) return 0;
  while (isspace((unsigned char)*s)) s++;
  if (*s != '\0') return 0;
  d = (double)m;
  if (frac) d /= pow10_exact[frac];
  *out = neg ? -d : d;
  return 1;
}

/* Lua 5.1 accepts what strtod accepts, plus hexadecimal integers, with surrounding spaces. */
int num_str2d(const char *s, double *out) {
  char *end;
  double d;
  if (str2d_simple(s, out)) return 1;
  d = strtod(s, &end);
  if (end == s) return 0;
  if (*end == 'x' || *end == 'X') d = (double)strtoul(s, &end, 16);
  if (end == s) return 0;
  while (isspace((unsigned char)*end)) end++;
  if (*end != '\0') return 0;
  *out = d;
  return 1;
}

static const char digit_pairs[201] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* "%.14g". Integers below 1e14 in magnitude (the common case: counters, indices) print the same
 * digits as %.14g would, so they skip snprintf's general float formatting: their digit count
 * first (compares with powers of ten), then the digits two at a time from the end, in place. */
int num_tostr(char *buf, double n) {
  if (n > -1e14 && n < 1e14 && n == (double)(int64_t)n && !(n == 0 && signbit(n))) {
    static const uint64_t pow10[14] = {
      10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
      10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull};
    int64_t v = (int64_t)n;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int nd = 1, len;
    char *p;
    while (nd < 14 && u >= pow10[nd - 1]) nd++;
    len = nd + (v < 0);
    if (v < 0) buf[0] = '-';
    p = buf + len;
    *p = '\0';
    while (u >= 100) {
      const char *d = digit_pairs + (u % 100) * 2;
      u /= 100;
      p -= 2;
      p[0] = d[0];
      p[1] = d[1];
    }
    if (u >= 10) {
      p[-2] = digit_pairs[u * 2];
      p[-1] = digit_pairs[u * 2 + 1];
    } else {
      p[-1] = (char)('0' + u);
    }
    return len;
  }
  return snprintf(buf, NUM_MAXSTR, "%.14g", n);
}

/* "@file" -> "file" (tail kept if too long), "=name" -> "name", other -> [string "first line..."]. */
void obj_chunkid(char *out, const char *source, size_t bufflen) {
  if (*source == '=') {
    strncpy(out, source + 1, bufflen);
    out[bufflen - 1] = '\0';
  } else if (*source == '@') {
    size_t l;
    source++;
    bufflen -= sizeof(" '...' ");
    l = strlen(source);
    strcpy(out, "");
    if (l > bufflen) {
      source += (l - bufflen);
      strcat(out, "...");
    }
    strcat(out, source);
  } else {
    size_t len = strcspn(source, "\n\r");
    bufflen -= sizeof(" [string \"...\"] ");
    if (len > bufflen) len = bufflen;
    strcpy(out, "[string \"");
    if (source[len] != '\0') {
      strncat(out, source, len);
      strcat(out, "...");
    } else {
      strcat(out, source);
    }
    strcat(out, "\"]");
  }
}

static void pushstr(lua_State *L, const char *s, size_t len) {
  Str *str = str_new(L, s, len);
  *L->top = val_fromstr(str);
  state_incrtop(L);
}

/* Supports %s %d %f %p %c %%, like lua_pushfstring. Pieces are pushed and concatenated. */
const char *str_pushvfstring(lua_State *L, const char *fmt, va_list argp) {
  int n = 0;
  for (;;) {
    const char *e = strchr(fmt, '%');
    if (e == NULL) break;
    pushstr(L, fmt, (size_t)(e - fmt));
    n++;
    switch (e[1]) {
      case 's': {
        const char *s = va_arg(argp, char *);
        if (s == NULL) s = "(null)";
        pushstr(L, s, strlen(s));
        break;
      }
      case 'c': {
        /* As in 5.1 the character goes in as a C string: '\0' adds nothing. */
        char c = (char)va_arg(argp, int);
        pushstr(L, &c, c != '\0');
        break;
      }
      case 'd': {
        char buf[32];
        int len = snprintf(buf, sizeof buf, "%d", va_arg(argp, int));
        pushstr(L, buf, (size_t)len);
        break;
      }
      case 'f': {
        char buf[NUM_MAXSTR];
        int len = num_tostr(buf, va_arg(argp, double));
        pushstr(L, buf, (size_t)len);
        break;
      }
      case 'p': {
        char buf[40];
        int len = snprintf(buf, sizeof buf, "%p", va_arg(argp, void *));
        pushstr(L, buf, (size_t)len);
        break;
      }
      case '%':
        pushstr(L, "%", 1);
        break;
      default: {
        char buf[3] = { '%', e[1], '\0' };
        pushstr(L, buf, 2);
        break;
      }
    }
    n++;
    fmt = e + 2;
  }
  pushstr(L, fmt, strlen(fmt));
  n++;
  str_concat_top(L, n);
  return str_data(val_str(L->top[-1]));
}

const char *str_pushfstring(lua_State *L, const char *fmt, ...) {
  const char *msg;
  va_list argp;
  va_start(argp, fmt);
  msg = str_pushvfstring(L, fmt, argp);
  va_end(argp);
  return msg;
}
