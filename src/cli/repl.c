/*
 * repl.c -- the interactive mode of `apogee` (no script, stdin a terminal; or -i).
 *
 * At a terminal the lines come from the line editor (edit.c), with history kept across
 * sessions in a file (repl_history_path) and Tab completion of keywords, globals and table
 * fields (complete_word).  A line that is an expression prints its values, as in Lua 5.3:
 * "return <line>" is tried first, the line as a statement after that; 5.1's "=expr" still
 * works.  Ctrl-C at the prompt drops the line (and any unfinished statement).
 *
 * When stdin is not a terminal the session is exactly lua5.1's (built with readline, as
 * Debian's and PUC's `make linux` are): each line read is echoed after its prompt, and a line
 * is a statement, never an implicit expression.  A terminal the editor cannot drive (TERM=dumb,
 * or stdout redirected) gets plain reading, with expressions printed.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"

#include "cli.h"
#include "edit.h"

/* load_line's results besides a load status. */
#define LINE_EOF      (-1)
#define LINE_CANCELED (-2)

static int use_editor = 0;   /* stdin and stdout are a terminal the editor can drive */
static int stdin_is_tty = 0;  /* then an expression prints its values */

static const char *get_prompt(lua_State *L, int firstline)
{
    const char *p;
    lua_getfield(L, LUA_GLOBALSINDEX, firstline ? "_PROMPT" : "_PROMPT2");
    p = lua_tostring(L, -1);
    if (p == NULL)
        p = firstline ? LUA_PROMPT : LUA_PROMPT2;
    lua_pop(L, 1);  /* the string stays alive: it is a global's value */
    return p;
}

/* A syntax error that ends at '<eof>' means the statement is unfinished:
 * keep reading lines instead of reporting it. */
static int incomplete(lua_State *L, int status)
{
    static const char eof_mark[] = "'<eof>'";
    const size_t mark_len = sizeof(eof_mark) - 1;
    if (status == LUA_ERRSYNTAX) {
        size_t len;
        const char *msg = lua_tolstring(L, -1, &len);
        if (msg && len >= mark_len &&
            strcmp(msg + len - mark_len, eof_mark) == 0) {
            lua_pop(L, 1);
            return 1;
        }
    }
    return 0;
}

/* Reads one line (any length) and pushes it.  Returns 0 at end of input, LINE_CANCELED
 * after Ctrl-C, else 1. */
static int push_line(lua_State *L, int firstline)
{
    const char *prompt = get_prompt(L, firstline);
    char *line = NULL;
    if (use_editor) {
        int cancelled;
        line = edit_readline(prompt, &cancelled);
        if (line == NULL)
            return 0;
        if (cancelled) {
            free(line);
            return LINE_CANCELED;
        }
        edit_history_add(line);
        lua_pushstring(L, line);
    } else {
        size_t cap = 0;
        ssize_t len;
        fputs(prompt, stdout);
        fflush(stdout);
        len = getline(&line, &cap, stdin);
        if (len < 0) {
            free(line);
            return 0;
        }
        if (len > 0 && line[len - 1] == '\n')
            line[--len] = '\0';
        /* readline echoes what it read when stdin is not a terminal; lua5.1 shows it so
         * (from a terminal, the terminal has shown it) */
        if (!stdin_is_tty) {
            fwrite(line, 1, (size_t)len, stdout);
            fputc('\n', stdout);
            fflush(stdout);
        }
        lua_pushlstring(L, line, (size_t)len);
    }
    free(line);
    return 1;
}

/* Reads lines until they form a complete chunk (or a real error) and leaves the chunk (or the
 * error message) on the stack; returns the load status, LINE_EOF or LINE_CANCELED. */
static int load_line(lua_State *L)
{
    int status;
    size_t len;
    const char *src;
    lua_settop(L, 0);
    status = push_line(L, 1);
    if (status != 1)
        return status == 0 ? LINE_EOF : LINE_CANCELED;
    src = lua_tolstring(L, 1, &len);
    if (src[0] == '=') {  /* 5.1's "=expr" */
        lua_pushfstring(L, "return %s", src + 1);
        lua_replace(L, 1);
    } else if (stdin_is_tty) {  /* an expression prints its values */
        lua_pushfstring(L, "return %s", src);
        src = lua_tolstring(L, -1, &len);
        if (luaL_loadbuffer(L, src, len, "=stdin") == 0) {
            lua_remove(L, 1);
            lua_remove(L, 1);
            return 0;
        }
        lua_pop(L, 2);  /* the error and "return ..." */
    }
    for (;;) {
        src = lua_tolstring(L, 1, &len);
        status = luaL_loadbuffer(L, src, len, "=stdin");
        if (!incomplete(L, status))
            break;
        status = push_line(L, 0);
        if (status != 1)
            return status == 0 ? LINE_EOF : LINE_CANCELED;
        lua_pushliteral(L, "\n");
        lua_insert(L, -2);
        lua_concat(L, 3);  /* source .. "\n" .. new line */
    }
    lua_remove(L, 1);  /* source text; the chunk (or error) remains */
    return status;
}

/* Prints the values left on the stack by an interactive chunk. */
static void print_results(lua_State *L)
{
    lua_getglobal(L, "print");
    lua_insert(L, 1);
    if (lua_pcall(L, lua_gettop(L) - 1, 0, 0) != 0) {
        fprintf(stderr, "%s\n", lua_pushfstring(L, "error calling 'print' (%s)",
                                                lua_tostring(L, -1)));
        fflush(stderr);
    }
}

/* ======================================================================
 * Completion
 * ====================================================================== */

static const char *const keywords[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in",
    "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while", NULL
};

static int is_name_char(char c)
{
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_name(const char *s, size_t len)
{
    size_t i;
    if (len == 0 || (s[0] >= '0' && s[0] <= '9'))
        return 0;
    for (i = 0; i < len; i++)
        if (!is_name_char(s[i]))
            return 0;
    return 1;
}

/* The metatable's __index when it is a table, pushed (else nothing; returns 0).  Functions
 * are never called: completing must not run the user's code. */
static int push_index_table(lua_State *L, int idx)
{
    if (!lua_getmetatable(L, idx))
        return 0;
    lua_getfield(L, -1, "__index");
    lua_remove(L, -2);
    if (lua_istable(L, -1))
        return 1;
    lua_pop(L, 1);
    return 0;
}

/* Replaces the value on top by its field name (raw lookups, then __index tables), or nil. */
static void get_field(lua_State *L, const char *name, size_t len)
{
    int depth;
    for (depth = 0; depth < 16; depth++) {
        if (lua_istable(L, -1)) {
            lua_pushlstring(L, name, len);
            lua_rawget(L, -2);
            if (!lua_isnil(L, -1)) {
                lua_remove(L, -2);
                return;
            }
            lua_pop(L, 1);
        }
        if (!push_index_table(L, -1))
            break;
        lua_remove(L, -2);
    }
    lua_pop(L, 1);
    lua_pushnil(L);
}

/* Adds prefix..key for each name key of the value on top (and of its __index tables) that
 * starts with part; methods_only keeps the function-valued ones.  Pops the value. */
static void add_fields(lua_State *L, EditCompletions *out, const char *prefix, size_t prefix_len,
                       const char *part, size_t part_len, int methods_only)
{
    luaL_Buffer b;
    int depth, n = 0;
    for (depth = 0; depth < 16; depth++) {
        if (lua_istable(L, -1)) {
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                size_t klen;
                const char *key;
                if (lua_type(L, -2) == LUA_TSTRING &&
                    (!methods_only || lua_isfunction(L, -1))) {
                    key = lua_tolstring(L, -2, &klen);
                    if (klen >= part_len && memcmp(key, part, part_len) == 0 && is_name(key, klen)) {
                        luaL_buffinit(L, &b);
                        luaL_addlstring(&b, prefix, prefix_len);
                        luaL_addlstring(&b, key, klen);
                        luaL_pushresult(&b);
                        key = lua_tolstring(L, -1, &klen);
                        edit_addcompletion(out, key, klen);
                        lua_pop(L, 1);
                    }
                }
                lua_pop(L, 1);
            }
        }
        if (!push_index_table(L, -1))
            break;
        n++;
    }
    lua_pop(L, n + 1);
}

typedef struct Completion {
    const char *line;
    size_t pos;
    EditCompletions *out;
} Completion;

/* The word before the cursor, made of names, '.' and ':', is completed: a plain name from the
 * keywords and globals, "a.b.na" from a.b's fields, "s:na" from s's methods. */
static int complete_word(lua_State *L)
{
    Completion *c = (Completion *)lua_touserdata(L, 1);
    const char *line = c->line, *word, *p, *sep = NULL;
    size_t start = c->pos, i;
    while (start > 0 && (is_name_char(line[start - 1]) || line[start - 1] == '.' ||
                         line[start - 1] == ':'))
        start--;
    word = line + start;
    c->out->start = start;
    if (start < c->pos && word[0] >= '0' && word[0] <= '9')
        return 0;  /* a number */
    for (p = word; p < line + c->pos; p++)
        if (*p == '.' || *p == ':')
            sep = p;
    if (sep == NULL) {
        size_t len = c->pos - start;
        for (i = 0; keywords[i] != NULL; i++)
            if (strncmp(keywords[i], word, len) == 0)
                edit_addcompletion(c->out, keywords[i], strlen(keywords[i]));
        lua_pushvalue(L, LUA_GLOBALSINDEX);
        add_fields(L, c->out, "", 0, word, len, 0);
        return 0;
    }
    if (sep == word)
        return 0;  /* after ")." or "]:", say: an expression, not a path */
    /* Walk the path before the last separator: names joined by '.'. */
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    for (p = word; p < sep;) {
        const char *e = p;
        while (e < sep && *e != '.')
            e++;
        if (!is_name(p, (size_t)(e - p)))  /* also refuses "a..b" and "a:b.c" */
            return 0;
        get_field(L, p, (size_t)(e - p));
        if (lua_isnil(L, -1))
            return 0;
        p = e < sep ? e + 1 : e;
    }
    add_fields(L, c->out, word, (size_t)(sep + 1 - word), sep + 1,
               (size_t)(line + c->pos - (sep + 1)), *sep == ':');
    return 0;
}

static void complete(void *ud, const char *line, size_t pos, EditCompletions *out)
{
    lua_State *L = (lua_State *)ud;
    Completion c;
    int top = lua_gettop(L);
    c.line = line;
    c.pos = pos;
    c.out = out;
    /* protected: an out-of-memory error must not unwind through the editor */
    if (lua_cpcall(L, complete_word, &c) != 0)
        lua_pop(L, 1);
    lua_settop(L, top);
}

/* ======================================================================
 * The loop
 * ====================================================================== */

/* $APOGEE_HISTORY names the history file; set to "" or "0" it turns the file off (history then
 * lasts for the session).  The default is ~/.apogee_history. */
static char *repl_history_path(void)
{
    const char *env = getenv("APOGEE_HISTORY"), *home;
    char *path;
    if (env != NULL)
        return (env[0] == '\0' || strcmp(env, "0") == 0) ? NULL : strdup(env);
    home = getenv("HOME");
    if (home == NULL || home[0] == '\0')
        return NULL;
    path = malloc(strlen(home) + sizeof "/.apogee_history");
    if (path != NULL)
        sprintf(path, "%s/.apogee_history", home);
    return path;
}

void repl_run(lua_State *L)
{
    int status;
    use_editor = edit_usable();
    stdin_is_tty = isatty(STDIN_FILENO);
    if (use_editor) {
        char *path = repl_history_path();
        edit_history_file(path);
        free(path);
        edit_setcompletion(complete, L);
    }
    while ((status = load_line(L)) != LINE_EOF) {
        if (status == LINE_CANCELED)
            continue;
        if (status == 0)
            status = cli_docall(L, 0, 0);
        cli_report(L, status);
        if (status == 0 && lua_gettop(L) > 0)
            print_results(L);
    }
    lua_settop(L, 0);
    fputs("\n", stdout);
    fflush(stdout);
}
