/*
 * host.c -- embedding Apogee in a C program.
 *
 * Build:  make example              (builds build/embed-host against build/libapogee.a)
 *    or:  cc -std=c11 -Iinclude examples/embed/host.c build/libapogee.a -lm -ldl -o host
 *    or:  cc host.c $(pkg-config --cflags --libs apogee)          (after `make install`)
 * Run:    build/embed-host examples/embed/script.lua [args...]
 *
 * The host
 *   - creates a Lua state and opens the standard libraries,
 *   - exposes a C function to scripts: host.log(fmt, ...) -- a string.format-style logger,
 *   - exposes a userdata type, Account, with methods (through __index), __tostring and a
 *     finalizer (__gc) that reports when an account is collected,
 *   - runs the script with its arguments as `...`, reporting errors with a traceback,
 *   - calls back into a function the script defined (on_exit) and reads a table it left,
 *   - closes the state, which finalizes the accounts still alive.
 * Only the Lua 5.1 API is used: the same file builds against PUC Lua 5.1 unchanged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* ---------------------------------------------------------------------------------------
 * A C function: host.log(fmt, ...) formats with string.format and prints "[host] ...".
 * ------------------------------------------------------------------------------------- */
static int host_log(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checkstring(L, 1);
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "format");
    lua_insert(L, 1);  /* string.format below the arguments */
    lua_pop(L, 1);     /* the string table */
    lua_call(L, n, 1);
    printf("[host] %s\n", lua_tostring(L, -1));
    return 0;
}

/* ---------------------------------------------------------------------------------------
 * A userdata type: Account.
 * ------------------------------------------------------------------------------------- */
#define ACCOUNT "embed.Account"

typedef struct {
    char owner[32];
    double balance;
} Account;

static Account *check_account(lua_State *L, int idx)
{
    return (Account *)luaL_checkudata(L, idx, ACCOUNT);
}

/* Account.new(owner [, balance]) */
static int account_new(lua_State *L)
{
    const char *owner = luaL_checkstring(L, 1);
    double balance = luaL_optnumber(L, 2, 0);
    Account *a;
    luaL_argcheck(L, balance >= 0, 2, "initial balance must not be negative");
    a = (Account *)lua_newuserdata(L, sizeof(Account));
    strncpy(a->owner, owner, sizeof(a->owner) - 1);
    a->owner[sizeof(a->owner) - 1] = '\0';
    a->balance = balance;
    luaL_getmetatable(L, ACCOUNT);
    lua_setmetatable(L, -2);
    return 1;
}

static int account_deposit(lua_State *L)
{
    Account *a = check_account(L, 1);
    double amount = luaL_checknumber(L, 2);
    luaL_argcheck(L, amount > 0, 2, "amount must be positive");
    a->balance += amount;
    lua_settop(L, 1);
    return 1;  /* the account, so calls can be chained */
}

static int account_withdraw(lua_State *L)
{
    Account *a = check_account(L, 1);
    double amount = luaL_checknumber(L, 2);
    if (amount > a->balance)
        return luaL_error(L, "insufficient funds in %s's account (%f < %f)", a->owner,
                          a->balance, amount);
    a->balance -= amount;
    lua_settop(L, 1);
    return 1;
}

static int account_balance(lua_State *L)
{
    lua_pushnumber(L, check_account(L, 1)->balance);
    return 1;
}

static int account_owner(lua_State *L)
{
    lua_pushstring(L, check_account(L, 1)->owner);
    return 1;
}

static int account_tostring(lua_State *L)
{
    Account *a = check_account(L, 1);
    lua_pushfstring(L, "Account(%s, %f)", a->owner, a->balance);
    return 1;
}

/* __index: methods first, then the read-only fields `owner` and `balance`. */
static int account_index(lua_State *L)
{
    const char *key;
    check_account(L, 1);
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));  /* the methods table */
    if (!lua_isnil(L, -1))
        return 1;
    key = luaL_checkstring(L, 2);
    if (strcmp(key, "owner") == 0)
        return account_owner(L);
    if (strcmp(key, "balance") == 0)
        return account_balance(L);
    return luaL_error(L, "Account has no field '%s'", key);
}

static int account_gc(lua_State *L)
{
    Account *a = check_account(L, 1);
    printf("[host] finalizing account of %s (balance %.2f)\n", a->owner, a->balance);
    return 0;
}

static const luaL_Reg account_methods[] = {
    {"deposit", account_deposit},
    {"withdraw", account_withdraw},
    {NULL, NULL}
};

static const luaL_Reg account_functions[] = {
    {"new", account_new},
    {NULL, NULL}
};

static int open_host(lua_State *L)
{
    /* host.log */
    lua_newtable(L);
    lua_pushcfunction(L, host_log);
    lua_setfield(L, -2, "log");
    lua_setglobal(L, "host");

    /* The Account metatable: __index is a closure over the methods table. */
    luaL_newmetatable(L, ACCOUNT);
    lua_newtable(L);
    luaL_register(L, NULL, account_methods);
    lua_pushcclosure(L, account_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, account_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, account_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);

    /* The Account table with the constructor (also package.loaded.Account). */
    luaL_register(L, "Account", account_functions);
    lua_pop(L, 1);
    return 0;
}

/* ---------------------------------------------------------------------------------------
 * Running the script.
 * ------------------------------------------------------------------------------------- */

/* Message handler for lua_pcall: adds a traceback to string messages. */
static int traceback(lua_State *L)
{
    if (!lua_isstring(L, 1))
        return 1;
    lua_getglobal(L, "debug");
    lua_getfield(L, -1, "traceback");
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 2);
    lua_call(L, 2, 1);
    return 1;
}

/* Calls the function on top with nargs arguments below it, protected; prints errors. */
static int docall(lua_State *L, int nargs, int nresults)
{
    int base = lua_gettop(L) - nargs;
    int status;
    lua_pushcfunction(L, traceback);
    lua_insert(L, base);
    status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (status != 0) {
        fprintf(stderr, "host: %s\n", lua_isstring(L, -1) ? lua_tostring(L, -1) : "(error object)");
        lua_pop(L, 1);
    }
    return status;
}

int main(int argc, char **argv)
{
    const char *script = argc > 1 ? argv[1] : "examples/embed/script.lua";
    lua_State *L;
    int i, status;

    L = luaL_newstate();
    if (L == NULL) {
        fprintf(stderr, "host: cannot create a Lua state\n");
        return 1;
    }
    luaL_openlibs(L);
    if (lua_cpcall(L, open_host, NULL) != 0) {
        fprintf(stderr, "host: %s\n", lua_tostring(L, -1));
        lua_close(L);
        return 1;
    }

    /* Load the script and call it with the remaining command-line arguments. */
    status = luaL_loadfile(L, script);
    if (status != 0) {
        fprintf(stderr, "host: %s\n", lua_tostring(L, -1));
        lua_close(L);
        return 1;
    }
    for (i = 2; i < argc; i++)
        lua_pushstring(L, argv[i]);
    status = docall(L, argc > 2 ? argc - 2 : 0, 0);

    /* Call back into the script: on_exit(status) returns a summary string. */
    if (status == 0) {
        lua_getglobal(L, "on_exit");
        if (lua_isfunction(L, -1)) {
            lua_pushinteger(L, status);
            if (docall(L, 1, 1) == 0) {
                printf("[host] on_exit returned: %s\n", lua_tostring(L, -1));
                lua_pop(L, 1);
            }
        } else {
            lua_pop(L, 1);
        }
        /* Read a table the script left in a global. */
        lua_getglobal(L, "config");
        if (lua_istable(L, -1)) {
            lua_getfield(L, -1, "name");
            lua_getfield(L, -2, "retries");
            printf("[host] config: name=%s retries=%d\n", lua_tostring(L, -2),
                   (int)lua_tointeger(L, -1));
            lua_pop(L, 2);
        }
        lua_pop(L, 1);
    }

    printf("[host] closing the state\n");
    lua_close(L);  /* finalizes the accounts still alive */
    return status == 0 ? 0 : 1;
}
