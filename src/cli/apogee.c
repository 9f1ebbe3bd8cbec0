/*
 * apogee.c -- the `apogee` command-line interpreter.
 *
 * Behaves like Lua 5.1's stand-alone `lua` (options -e -l -i -v - --,
 * LUA_INIT, the global `arg` table, the interactive loop with _PROMPT /
 * _PROMPT2 and `=expr`), so scripts and tools written for lua5.1 can call
 * apogee instead.  Extras: -h/--help and an "unrecognized option" message; at a
 * terminal the interactive mode edits lines, keeps history and completes names (repl.c,
 * edit.c).
 * Talks to the VM only through the public lua.h/lauxlib.h/lualib.h API.
 */
/* POSIX interfaces (isatty) are needed; the project normally builds with
 * -D_GNU_SOURCE, this keeps a plain -std=c11 build working too. */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "apogee.h"

#include "cli.h"

/* The one internal entry point the command uses: the bytecode lister behind -bl. */
int dbg_listbytecode(lua_State *L, int idx, FILE *out);

#define PROGNAME    "apogee"
#define BANNER      "Apogee 0.1.0 -- a Lua 5.1 VM (compatible with Lua 5.1.5)"

/* The state being run, for the SIGINT handler. */
static lua_State *global_L = NULL;

/* Prefix for error messages; NULL in interactive mode, where the prompt
 * already makes clear who is talking (as lua5.1 does). */
static const char *progname = PROGNAME;

/* ======================================================================
 * Messages
 * ====================================================================== */

static void print_usage(FILE *out)
{
    fprintf(out,
        "usage: %s [options] [script [args]]\n"
        "Available options are:\n"
        "  -e stat   execute string 'stat'\n"
        "  -l name   require library 'name'\n"
        "  -i        enter interactive mode after executing 'script'\n"
        "  -v        show version information\n"
        "  -bl file  list the bytecode of a Lua file and exit\n"
        "  -j cmd    JIT control: -jon, -joff, -jflush, -jv (trace events),\n"
        "            -jdump[=flags] (t bytecode lines, i IR, m machine code),\n"
        "            -jp[=mode[,file]] (profile: f functions, l lines, F module:name,\n"
        "            N stack depth, s split, v VM states, r raw counts, m<pct>, i<ms>,\n"
        "            c folded stacks, g SVG flame graph (also G or a .svg/.folded file))\n"
        "  -O[opt]   JIT optimisations: -O0..-O3, -Ohotloop=N, -Ohotexit=N,\n"
        "            -Omaxtrace=N, -Omaxside=N, -Omaxrecord=N, -Omaxsnap=N,\n"
        "            -Omaxmcode=KiB, -Osideloop=N, -Orecunroll=N, -Ofold / -O-fold\n"
        "            (also cse, dce, loop, narrow, fwd, abc, sink, patch, purge, reuse); comma-separated lists work\n"
        "  --max-memory=SIZE        memory limit: bytes, or with a K, M or G suffix\n"
        "  --max-instructions=N     stop the program after N VM instructions\n"
        "  --timeout=SECONDS        stop the program after SECONDS (fractions allowed)\n"
        "  -h        show this help and exit\n"
        "  --        stop handling options\n"
        "  -         execute stdin and stop handling options\n"
        "With no script, reads stdin: interactively if it is a terminal, with line\n"
        "editing, Tab completion and history (in $APOGEE_HISTORY, default\n"
        "~/.apogee_history; APOGEE_HISTORY=0 keeps none).\n"
        "LUA_INIT (a chunk, or @filename) is run before anything else.\n"
        "At exit the finalizers run and the heap is left to the system;\n"
        "APOGEE_FULLCLOSE=1 frees it as lua_close does (for memory checkers).\n",
        PROGNAME);
    fflush(out);
}

static void message(const char *pname, const char *msg)
{
    if (pname)
        fprintf(stderr, "%s: ", pname);
    fprintf(stderr, "%s\n", msg);
    fflush(stderr);
}

/* Prints and pops the error object left by a failed load or call. */
static int report(lua_State *L, int status)
{
    if (status != 0 && !lua_isnil(L, -1)) {
        const char *msg = lua_tostring(L, -1);
        if (msg == NULL)
            msg = "(error object is not a string)";
        message(progname, msg);
        lua_pop(L, 1);
    }
    return status;
}

static void print_version(void)
{
    message(NULL, BANNER);
}

/* ======================================================================
 * Running code
 * ====================================================================== */

/* Ctrl-C: the next Lua instruction raises an error instead of killing
 * the process, so the REPL survives runaway loops. */
static void interrupt_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lua_sethook(L, NULL, 0, 0);
    luaL_error(L, "interrupted!");
}

static void on_sigint(int sig)
{
    signal(sig, SIG_DFL);  /* a second Ctrl-C kills for real */
    lua_sethook(global_L, interrupt_hook,
                LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

/* Message handler: appends debug.traceback's output, when available. */
static int add_traceback(lua_State *L)
{
    if (!lua_isstring(L, 1))  /* keep non-string error objects intact */
        return 1;
    lua_getfield(L, LUA_GLOBALSINDEX, "debug");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return 1;
    }
    lua_getfield(L, -1, "traceback");
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 2);
        return 1;
    }
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 2);  /* skip this handler */
    lua_call(L, 2, 1);
    return 1;
}

/* Calls the function below its narg arguments with the traceback
 * handler; clear drops the results. */
static int docall(lua_State *L, int narg, int clear)
{
    int status;
    int base = lua_gettop(L) - narg;
    lua_pushcfunction(L, add_traceback);
    lua_insert(L, base);
    signal(SIGINT, on_sigint);
    status = lua_pcall(L, narg, clear ? 0 : LUA_MULTRET, base);
    signal(SIGINT, SIG_DFL);
    lua_remove(L, base);
    if (status != 0)  /* free what the failed computation left behind */
        lua_gc(L, LUA_GCCOLLECT, 0);
    return status;
}

static int dofile(lua_State *L, const char *name)
{
    int status = luaL_loadfile(L, name);
    if (status == 0)
        status = docall(L, 0, 1);
    return report(L, status);
}

static int dostring(lua_State *L, const char *s, const char *name)
{
    int status = luaL_loadbuffer(L, s, strlen(s), name);
    if (status == 0)
        status = docall(L, 0, 1);
    return report(L, status);
}

static int dolibrary(lua_State *L, const char *name)
{
    lua_getglobal(L, "require");
    lua_pushstring(L, name);
    return report(L, docall(L, 1, 1));
}

/* Builds the global `arg`: arg[0] is the script, negative indices hold
 * the interpreter and its options, positive ones the script arguments.
 * Also pushes the script arguments, to be passed as `...`. */
static int push_script_args(lua_State *L, char **argv, int script)
{
    int argc = 0, narg, i;
    while (argv[argc])
        argc++;
    narg = argc - (script + 1);
    luaL_checkstack(L, narg + 3, "too many arguments to script");
    for (i = script + 1; i < argc; i++)
        lua_pushstring(L, argv[i]);
    lua_createtable(L, narg, script + 1);
    for (i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i - script);
    }
    return narg;
}

static int handle_script(lua_State *L, char **argv, int script)
{
    int status;
    const char *fname = argv[script];
    int narg = push_script_args(L, argv, script);
    lua_setglobal(L, "arg");
    /* A lone "-" means stdin, unless it came right after "--". */
    if (strcmp(fname, "-") == 0 && strcmp(argv[script - 1], "--") != 0)
        fname = NULL;
    status = luaL_loadfile(L, fname);
    lua_insert(L, -(narg + 1));  /* chunk below its arguments */
    if (status == 0)
        status = docall(L, narg, 0);
    else
        lua_pop(L, narg);
    return report(L, status);
}

/* ======================================================================
 * Interactive mode (repl.c)
 * ====================================================================== */

int cli_docall(lua_State *L, int narg, int clear)
{
    return docall(L, narg, clear);
}

int cli_report(lua_State *L, int status)
{
    return report(L, status);
}

/* Errors are reported without the "apogee: " prefix there, as lua5.1 does. */
static void run_repl(lua_State *L)
{
    const char *saved = progname;
    progname = NULL;
    repl_run(L);
    progname = saved;
}

/* ======================================================================
 * Command line
 * ====================================================================== */

typedef struct Options {
    int interactive;  /* -i */
    int version;      /* -v (also implied by -i) */
    int execute;      /* some -e was given */
    int help;         /* -h / --help */
    int script;       /* index of the script in argv, 0 if none */
    int bclist;       /* -bl: index of the file in argv, 0 if none */
    size_t maxmemory;            /* --max-memory, 0 if none */
    unsigned long long maxinstr; /* --max-instructions, 0 if none */
    double timeout;              /* --timeout, 0 if none */
} Options;

/* Returns -1 on a bad option, having printed why. */
static int bad_option(const char *fmt, const char *opt)
{
    fprintf(stderr, "%s: ", PROGNAME);
    fprintf(stderr, fmt, opt);
    fputc('\n', stderr);
    fflush(stderr);
    return -1;
}

/* --max-memory=64M, --max-instructions=N, --timeout=1.5: 1 if `a` is one (value stored in o),
 * 0 if it is none of them, -1 if its value is bad (message printed). */
static int limit_option(const char *a, Options *o)
{
    const char *v;
    char *end;
    if (strncmp(a, "--max-memory=", 13) == 0) {
        double n;
        v = a + 13;
        n = strtod(v, &end);
        switch (*end) {
        case 'k': case 'K': n *= 1024.0; end++; break;
        case 'm': case 'M': n *= 1024.0 * 1024.0; end++; break;
        case 'g': case 'G': n *= 1024.0 * 1024.0 * 1024.0; end++; break;
        default: break;
        }
        if (end == v || *end != '\0' || !(n >= 1) || n > 1e18)
            return bad_option("bad memory size in '%s' (bytes, or a number with K, M or G)", a);
        o->maxmemory = (size_t)n;
        return 1;
    }
    if (strncmp(a, "--max-instructions=", 19) == 0) {
        v = a + 19;
        if (*v < '0' || *v > '9')
            return bad_option("bad instruction count in '%s'", a);
        o->maxinstr = strtoull(v, &end, 10);
        if (*end != '\0' || o->maxinstr == 0)
            return bad_option("bad instruction count in '%s'", a);
        return 1;
    }
    if (strncmp(a, "--timeout=", 10) == 0) {
        v = a + 10;
        o->timeout = strtod(v, &end);
        if (end == v || *end != '\0' || !(o->timeout > 0) || o->timeout > 1e9)
            return bad_option("bad number of seconds in '%s'", a);
        return 1;
    }
    return 0;
}

/* First pass over argv: validates options and finds the script.  The
 * options are executed later, in order, by run_options. */
static int collect_options(char **argv, Options *o)
{
    int i;
    memset(o, 0, sizeof(*o));
    for (i = 1; argv[i] != NULL; i++) {
        const char *a = argv[i];
        if (a[0] != '-')
            return o->script = i, 0;
        switch (a[1]) {
        case '\0':                                  /* "-": stdin */
            return o->script = i, 0;
        case '-':
            if (strcmp(a, "--help") == 0)
                return o->help = 1, 0;
            switch (limit_option(a, o)) {
            case 1: continue;
            case -1: return -1;
            default: break;
            }
            if (a[2] != '\0')
                return bad_option("unrecognized option '%s'", a);
            o->script = argv[i + 1] ? i + 1 : 0;     /* "--" */
            return 0;
        case 'h':
            if (a[2] != '\0')
                return bad_option("unrecognized option '%s'", a);
            return o->help = 1, 0;
        case 'i':
            if (a[2] != '\0')
                return bad_option("unrecognized option '%s'", a);
            o->interactive = 1;
            o->version = 1;
            break;
        case 'v':
            if (a[2] != '\0')
                return bad_option("unrecognized option '%s'", a);
            o->version = 1;
            break;
        case 'j': {
            /* LuaJIT's -j: there is no JIT compiler yet, so only "off" (the state we are
             * always in) is accepted; anything else is refused rather than ignored. */
            const char *cmd = a[2] != '\0' ? a + 2 : argv[++i];
            if (cmd == NULL)
                return bad_option("'%s' needs argument", a);
            break;
        }
        case 'O':
            break;
        case 'b':
            if (strcmp(a, "-bl") != 0)
                return bad_option("unrecognized option '%s'", a);
            if (argv[i + 1] == NULL)
                return bad_option("'%s' needs argument", a);
            o->bclist = i + 1;
            return 0;
        case 'e':
        case 'l':  /* both take an argument, attached or separate */
            if (a[1] == 'e')
                o->execute = 1;
            if (a[2] == '\0' && argv[++i] == NULL)
                return bad_option("'%s' needs argument", a);
            break;
        default:
            return bad_option("unrecognized option '%s'", a);
        }
    }
    return 0;
}

/* -j and -O: through the jit library, as LuaJIT's command does. */
static int jit_cli(lua_State *L, int kind, const char *value)
{
    int status;
    lua_getglobal(L, "jit");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        message(PROGNAME, "JIT library not available");
        return 1;
    }
    if (kind == 'O') {
        /* -O3, -Ohotloop=10,-fold: each comma-separated item is one jit.opt.start argument. */
        char buf[256];
        char *item, *save = NULL;
        int n = 0;
        if (strlen(value) >= sizeof buf) {
            lua_pop(L, 1);
            message(PROGNAME, "-O: argument too long");
            return 1;
        }
        int base = lua_gettop(L) - 1;   /* below the jit table */
        strcpy(buf, value);
        lua_getfield(L, -1, "opt");
        lua_getfield(L, -1, "start");
        for (item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
            lua_pushstring(L, item);
            n++;
        }
        status = lua_pcall(L, n, 0, 0);   /* a bad flag: its message alone, as LuaJIT's */
        if (status != 0)   /* keep the error message for report */
            lua_replace(L, base + 1);
        lua_settop(L, status != 0 ? base + 1 : base);
    } else if (strcmp(value, "on") == 0 || strcmp(value, "off") == 0 || strcmp(value, "flush") == 0) {
        lua_getfield(L, -1, value);
        status = docall(L, 0, 1);
        lua_pop(L, 1);
    } else {
        /* -jv, -jdump[=flags]: the modules jit.v and jit.dump. */
        char mod[32];
        const char *eq = strchr(value, '=');
        size_t len = eq ? (size_t)(eq - value) : strlen(value);
        lua_pop(L, 1);
        if (len + 4 >= sizeof mod) {
            message(PROGNAME, "-j: bad option");
            return 1;
        }
        memcpy(mod, "jit.", 4);
        memcpy(mod + 4, value, len);
        mod[len + 4] = '\0';
        lua_getglobal(L, "require");
        lua_pushstring(L, mod);
        lua_settop(L, lua_gettop(L));
        {
            int top = lua_gettop(L) - 2;
            status = docall(L, 1, 0);
            if (status == 0) {
                lua_settop(L, top + 1);   /* the module */
                lua_getfield(L, -1, "start");
                if (eq) lua_pushstring(L, eq + 1);
                status = docall(L, eq ? 1 : 0, 1);
                if (status != 0)   /* keep the error message for report */
                    lua_replace(L, top + 1);
                lua_settop(L, status != 0 ? top + 1 : top);
            }
        }
    }
    return report(L, status);
}

/* Second pass: runs -e, -l, -j and -O in command-line order, up to the script. */
static int run_options(lua_State *L, char **argv, int end)
{
    int i;
    for (i = 1; i < end && argv[i] != NULL; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && (a[1] == 'j' || a[1] == 'O')) {
            const char *value = a[1] == 'j' && a[2] == '\0' ? argv[++i] : a + 2;
            if (jit_cli(L, a[1], value) != 0)
                return 1;
            continue;
        }
        if (a[0] == '-' && a[1] == '-' && a[2] != '\0')
            continue;  /* --max-memory and the like: applied before */
        if (a[0] != '-' || (a[1] != 'e' && a[1] != 'l'))
            continue;
        {
            const char *value = (a[2] != '\0') ? a + 2 : argv[++i];
            int status = (a[1] == 'e')
                ? dostring(L, value, "=(command line)")
                : dolibrary(L, value);
            if (status != 0)
                return 1;
        }
    }
    return 0;
}

static int handle_luainit(lua_State *L)
{
    const char *init = getenv(LUA_INIT);
    if (init == NULL)
        return 0;
    if (init[0] == '@')
        return dofile(L, init + 1);
    return dostring(L, init, "=" LUA_INIT);
}

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

/* Everything runs inside lua_cpcall so that even errors while opening
 * the libraries are caught and reported. */
static int protected_main(lua_State *L)
{
    MainArgs *m = (MainArgs *)lua_touserdata(L, 1);
    char **argv = m->argv;
    Options o;
    int end;
    global_L = L;
    if (collect_options(argv, &o) < 0) {
        print_usage(stderr);
        m->status = 1;
        return 0;
    }
    if (o.help) {
        print_usage(stdout);
        return 0;
    }
    if (o.bclist) {
        const char *file = argv[o.bclist];
        if (luaL_loadfile(L, strcmp(file, "-") == 0 ? NULL : file) != 0) {
            m->status = report(L, 1);
            return 0;
        }
        dbg_listbytecode(L, -1, stdout);
        lua_pop(L, 1);
        return 0;
    }
    lua_gc(L, LUA_GCSTOP, 0);  /* no collections while building globals */
    luaL_openlibs(L);
    lua_gc(L, LUA_GCRESTART, 0);
    /* Resource limits (include/apogee.h): they cover LUA_INIT, -e, -l and the script. */
    if (o.maxmemory)
        apogee_setmemlimit(L, o.maxmemory);
    if (o.maxinstr)
        apogee_setinstrlimit(L, o.maxinstr);
    if (o.timeout > 0 && apogee_settimelimit(L, o.timeout) != 0) {
        message(PROGNAME, "cannot start the timeout's watchdog thread");
        m->status = 1;
        return 0;
    }
    m->status = handle_luainit(L);
    if (m->status != 0)
        return 0;
    if (o.version)
        print_version();
    end = o.script > 0 ? o.script : m->argc;
    m->status = run_options(L, argv, end);
    if (m->status != 0)
        return 0;
    if (o.script)
        m->status = handle_script(L, argv, o.script);
    if (m->status != 0)
        return 0;
    if (o.interactive) {
        run_repl(L);
    } else if (o.script == 0 && !o.execute && !o.version) {
        if (isatty(0)) {
            print_version();
            run_repl(L);
        } else {
            m->status = dofile(L, NULL);  /* run stdin as a script */
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    static char *no_args[] = { PROGNAME, NULL };
    MainArgs m;
    int status;
    lua_State *L = luaL_newstate();
    if (L == NULL) {
        message(PROGNAME, "cannot create state: not enough memory");
        return EXIT_FAILURE;
    }
    m.argc = argc;
    m.argv = (argc > 0) ? argv : no_args;
    m.status = 0;
    status = lua_cpcall(L, protected_main, &m);
    report(L, status);
    if (getenv("APOGEE_FULLCLOSE") != NULL)
        lua_close(L);
    else
        apogee_closeforexit(L);   /* the process ends now: no freeing object by object */
    return (status != 0 || m.status != 0) ? EXIT_FAILURE : EXIT_SUCCESS;
}
