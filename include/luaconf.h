/*
 * luaconf.h -- build configuration for Apogee's Lua 5.1 API.
 *
 * Mirrors the configuration knobs of Lua 5.1 (names and default values), so
 * code that inspects them (LUA_NUMBER_FMT, LUAL_BUFFERSIZE, LUA_IDSIZE, ...)
 * sees what it would see with a stock Debian Lua 5.1.  Values that affect
 * struct layouts (LUA_IDSIZE, LUAL_BUFFERSIZE) or the ABI (LUA_NUMBER,
 * LUA_INTEGER) must never change, or binary modules would break.
 */
#ifndef lconfig_h
#define lconfig_h

#include <limits.h>
#include <stddef.h>

/* Apogee targets POSIX systems; 5.1 enables these on Linux. */
#if !defined(LUA_ANSI)
#define LUA_USE_POSIX
#define LUA_DL_DLOPEN
#endif

/* --- Environment variables consulted by the libraries and the CLI --- */
#define LUA_PATH    "LUA_PATH"
#define LUA_CPATH   "LUA_CPATH"
#define LUA_INIT    "LUA_INIT"

/* --- Default search paths (Debian layout) ----------------------------- */
#define LUA_ROOT    "/usr/local/"
#define LUA_LDIR    LUA_ROOT "share/lua/5.1/"
#define LUA_CDIR    LUA_ROOT "lib/lua/5.1/"

#define LUA_PATH_DEFAULT \
    "./?.lua;" \
    "/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;" \
    "/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;" \
    "/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua"

#define LUA_CPATH_DEFAULT \
    "./?.so;/usr/local/lib/lua/5.1/?.so;" \
    "/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;" \
    "/usr/local/lib/lua/5.1/loadall.so"

/* Separators and marks used by package.path/cpath templates. */
#define LUA_DIRSEP      "/"
#define LUA_PATHSEP     ";"
#define LUA_PATH_MARK   "?"
#define LUA_EXECDIR     "!"
#define LUA_IGMARK      "-"

/* --- Integer type used by lua_pushinteger & co. ------------------------ */
#define LUA_INTEGER     ptrdiff_t

/* --- Symbol visibility ------------------------------------------------- */
#define LUA_API         extern
#define LUALIB_API      LUA_API

/* Internal cross-file symbols of the implementation. */
#if defined(__GNUC__) && ((__GNUC__ * 100 + __GNUC_MINOR__) >= 302) && \
    defined(__ELF__)
#define LUAI_FUNC       __attribute__((visibility("hidden"))) extern
#define LUAI_DATA       LUAI_FUNC
#else
#define LUAI_FUNC       extern
#define LUAI_DATA       extern
#endif

/* Quoting used in error messages: 'name'. */
#define LUA_QL(x)       "'" x "'"
#define LUA_QS          LUA_QL("%s")

/* Size of lua_Debug.short_src: part of the ABI. */
#define LUA_IDSIZE      60

/* --- Stand-alone interpreter configuration ----------------------------- */
#define lua_stdin_is_tty()  isatty(0)
#define LUA_PROMPT      "> "
#define LUA_PROMPT2     ">> "
#define LUA_PROGNAME    "apogee"
#define LUA_MAXINPUT    512

/* Apogee's CLI uses plain fgets; readline is not a dependency. */
#define lua_readline(L, b, p) \
    (fputs(p, stdout), fflush(stdout), fgets(b, LUA_MAXINPUT, stdin) != NULL)
#define lua_saveline(L, idx)    { (void)L; (void)idx; }
#define lua_freeline(L, b)      { (void)L; (void)b; }

/* --- Garbage collector defaults ----------------------------------------- */
#define LUAI_GCPAUSE    200  /* wait for memory to double before a cycle */
#define LUAI_GCMUL      200  /* collector runs "twice the speed" of allocation */

/* --- Compatibility switches that 5.1 enables by default ----------------- */
#undef  LUA_COMPAT_GETN
#undef  LUA_COMPAT_LOADLIB
#define LUA_COMPAT_VARARG
#define LUA_COMPAT_MOD
#define LUA_COMPAT_LSTR     1
#define LUA_COMPAT_GFIND
#define LUA_COMPAT_OPENLIB

/* API consistency checks: off, as in a release build of 5.1. */
#if defined(LUA_USE_APICHECK)
#include <assert.h>
#define luai_apicheck(L, o) { (void)L; assert(o); }
#else
#define luai_apicheck(L, o) { (void)L; }
#endif

/* --- Integer sizes ------------------------------------------------------- */
#if INT_MAX - 20 < 32760
#define LUAI_BITSINT    16
#elif INT_MAX > 2147483640L
#define LUAI_BITSINT    32
#else
#error "you must define LUA_BITSINT with number of bits in an integer"
#endif

#define LUAI_UINT32     unsigned int
#define LUAI_INT32      int
#define LUAI_MAXINT32   INT_MAX
#define LUAI_UMEM       size_t
#define LUAI_MEM        ptrdiff_t

/* --- Implementation limits (5.1's values) ------------------------------- */
#define LUAI_MAXCALLS       20000   /* nested Lua calls */
#define LUAI_MAXCSTACK      8000    /* stack slots a C function may use */
#define LUAI_MAXCCALLS      200     /* nested C calls / syntactic nesting */
#define LUAI_MAXVARS        200     /* local variables per function */
#define LUAI_MAXUPVALUES    60      /* upvalues per function */
#define LUA_MAXCAPTURES     32      /* pattern captures in string library */

/* Buffer size of luaL_Buffer: part of the ABI of the struct. */
#define LUAL_BUFFERSIZE     BUFSIZ

/* --- lua_Number ------------------------------------------------------------ */
#define LUA_NUMBER_DOUBLE
#define LUA_NUMBER          double
#define LUAI_UACNUMBER      double  /* type after default argument promotion */

#define LUA_NUMBER_SCAN     "%lf"
#define LUA_NUMBER_FMT      "%.14g"
#define lua_number2str(s, n)    sprintf((s), LUA_NUMBER_FMT, (n))
#define LUAI_MAXNUMBER2STR  32  /* 16 digits, sign, point, exponent, '\0' */
#define lua_str2number(s, p)    strtod((s), (p))

/* Arithmetic primitives as 5.1 defines them (used by the core). */
#if defined(LUA_CORE)
#include <math.h>
#define luai_numadd(a, b)   ((a) + (b))
#define luai_numsub(a, b)   ((a) - (b))
#define luai_nummul(a, b)   ((a) * (b))
#define luai_numdiv(a, b)   ((a) / (b))
#define luai_nummod(a, b)   ((a) - floor((a) / (b)) * (b))
#define luai_numpow(a, b)   (pow(a, b))
#define luai_numunm(a)      (-(a))
#define luai_numeq(a, b)    ((a) == (b))
#define luai_numlt(a, b)    ((a) < (b))
#define luai_numle(a, b)    ((a) <= (b))
#define luai_numisnan(a)    (!luai_numeq((a), (a)))
#endif

/* Number -> integer conversions (truncation semantics as C casts). */
#define lua_number2int(i, d)        ((i) = (int)(d))
#define lua_number2integer(i, d)    ((i) = (lua_Integer)(d))

/* Alignment requirement of userdata blocks. */
#define LUAI_USER_ALIGNMENT_T   union { double u; void *s; long l; }

/* Extra space reserved before each lua_State for the embedder. */
#define LUAI_EXTRASPACE     0

#define luai_userstateopen(L)       ((void)L)
#define luai_userstateclose(L)      ((void)L)
#define luai_userstatethread(L, L1) ((void)L)
#define luai_userstatefree(L)       ((void)L)
#define luai_userstateresume(L, n)  ((void)L)
#define luai_userstateyield(L, n)   ((void)L)

/* Format used by string.format for %d and friends. */
#define LUA_INTFRMLEN   "l"
#define LUA_INTFRM_T    long

/* os.tmpname */
#define LUA_TMPNAMBUFSIZE   32

/* io.popen (POSIX). */
#define lua_popen(L, c, m)  ((void)L, fflush(NULL), popen(c, m))
#define lua_pclose(L, file) ((void)L, (pclose(file) != -1))

#endif /* lconfig_h */
