/*
 * package.c -- the package library (Lua 5.1 manual 5.3): require, module,
 * package.path/cpath/loaded/preload/loaders/loadlib/seeall/config.
 *
 * Built on the public API only.  Follows 5.1's design: the functions that
 * need the package table (require, module, the loaders) get it as their
 * C-function environment (LUA_ENVIRONINDEX), so the user can replace
 * package.loaders or package.path and be obeyed.  Dynamic libraries are
 * opened with dlopen and kept open in the registry until the state closes.
 */
/* POSIX interfaces (dlopen) are needed; the project normally builds with
 * -D_GNU_SOURCE, this keeps a plain -std=c11 build working too. */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* Registry key prefix for loaded dynamic libraries. */
#define LIB_PREFIX      "LOADLIB: "
/* Prefix of the entry point of a C module. */
#define OPEN_PREFIX     "luaopen_"
/* Metatable (in the registry) of library handles. */
#define LIB_HANDLE_MT   "_LOADLIB"

/* ll_loadfunc failure kinds: which of the two steps failed. */
#define ERR_LIB         1
#define ERR_FUNC        2

/* Address used as the "being loaded" marker in package.loaded; a unique
 * light userdata that no module can return by accident. */
static const int loading_marker_ = 0;
#define LOADING_MARKER  ((void *)&loading_marker_)

/* ======================================================================
 * Dynamic libraries
 * ====================================================================== */

static void lib_close(void *lib)
{
    dlclose(lib);
}

static void *lib_open(lua_State *L, const char *path)
{
    void *lib = dlopen(path, RTLD_NOW);
    if (lib == NULL)
        lua_pushstring(L, dlerror());
    return lib;
}

static lua_CFunction lib_symbol(lua_State *L, void *lib, const char *sym)
{
    lua_CFunction f;
    /* ISO C forbids casting void* to a function pointer; copy the bits. */
    void *p = dlsym(lib, sym);
    if (p == NULL) {
        lua_pushstring(L, dlerror());
        return NULL;
    }
    memcpy(&f, &p, sizeof(f));
    return f;
}

/* Returns the registry slot holding the handle for path, creating an
 * empty one (with a closing __gc) if the library was never opened. */
static void **lib_slot(lua_State *L, const char *path)
{
    void **slot;
    lua_pushfstring(L, "%s%s", LIB_PREFIX, path);
    lua_gettable(L, LUA_REGISTRYINDEX);
    if (!lua_isnil(L, -1))
        return (void **)lua_touserdata(L, -1);
    lua_pop(L, 1);
    slot = (void **)lua_newuserdata(L, sizeof(void *));
    *slot = NULL;
    luaL_getmetatable(L, LIB_HANDLE_MT);
    lua_setmetatable(L, -2);
    lua_pushfstring(L, "%s%s", LIB_PREFIX, path);
    lua_pushvalue(L, -2);
    lua_settable(L, LUA_REGISTRYINDEX);
    return slot;
}

static int lib_gc(lua_State *L)
{
    void **slot = (void **)luaL_checkudata(L, 1, LIB_HANDLE_MT);
    if (*slot)
        lib_close(*slot);
    *slot = NULL;
    return 0;
}

/* Opens path (once) and pushes its function sym; on failure pushes an
 * error message and returns ERR_LIB or ERR_FUNC. */
static int load_c_function(lua_State *L, const char *path, const char *sym)
{
    void **slot = lib_slot(L, path);
    lua_CFunction f;
    if (*slot == NULL)
        *slot = lib_open(L, path);
    if (*slot == NULL)
        return ERR_LIB;
    f = lib_symbol(L, *slot, sym);
    if (f == NULL)
        return ERR_FUNC;
    lua_pushcfunction(L, f);
    return 0;
}

static int pkg_loadlib(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *init = luaL_checkstring(L, 2);
    int stat = load_c_function(L, path, init);
    if (stat == 0)
        return 1;
    lua_pushnil(L);
    lua_insert(L, -2);
    lua_pushstring(L, stat == ERR_LIB ? "open" : "init");
    return 3;  /* nil, message, where it failed */
}

/* ======================================================================
 * Searching package.path / package.cpath
 * ====================================================================== */

static int readable(const char *filename)
{
    FILE *f = fopen(filename, "r");
    if (f == NULL)
        return 0;
    fclose(f);
    return 1;
}

/* Pushes the next template of a ';'-separated path and returns where the
 * scan continues, or NULL when the path is exhausted. */
static const char *push_next_template(lua_State *L, const char *path)
{
    const char *end;
    while (*path == *LUA_PATHSEP)  /* skip empty entries */
        path++;
    if (*path == '\0')
        return NULL;
    end = strchr(path, *LUA_PATHSEP);
    if (end == NULL)
        end = path + strlen(path);
    lua_pushlstring(L, path, (size_t)(end - path));
    return end;
}

/* Looks name (each sep replaced by dirsep) up along path.  On success
 * pushes and returns the file name; otherwise pushes the list of "no file"
 * lines and returns NULL (the list is what require shows to the user). */
static const char *search_path(lua_State *L, const char *name,
                               const char *path, const char *sep,
                               const char *dirsep)
{
    if (*sep != '\0')
        name = luaL_gsub(L, name, sep, dirsep);
    lua_pushliteral(L, "");  /* accumulated error message */
    while ((path = push_next_template(L, path)) != NULL) {
        const char *filename;
        filename = luaL_gsub(L, lua_tostring(L, -1), LUA_PATH_MARK, name);
        lua_remove(L, -2);  /* template */
        if (readable(filename))
            return filename;
        lua_pushfstring(L, "\n\tno file '%s'", filename);
        lua_remove(L, -2);  /* file name */
        lua_concat(L, 2);   /* append to the message */
    }
    return NULL;
}

/* Looks name up along package[pname] (require's search). */
static const char *find_file(lua_State *L, const char *name,
                             const char *pname)
{
    const char *path;
    lua_getfield(L, LUA_ENVIRONINDEX, pname);
    path = lua_tostring(L, -1);
    if (path == NULL)
        luaL_error(L, "'package.%s' must be a string", pname);
    return search_path(L, name, path, ".", LUA_DIRSEP);
}

/* package.searchpath(name, path [, sep [, rep]]): LuaJIT's (5.2's). */
static int pkg_searchpath(lua_State *L)
{
    const char *f = search_path(L, luaL_checkstring(L, 1),
                                luaL_checkstring(L, 2),
                                luaL_optstring(L, 3, "."),
                                luaL_optstring(L, 4, LUA_DIRSEP));
    if (f != NULL)
        return 1;
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
}

static void loader_error(lua_State *L, const char *filename)
{
    luaL_error(L, "error loading module '%s' from file '%s':\n\t%s",
               lua_tostring(L, 1), filename, lua_tostring(L, -1));
}

/* luaopen_ + name with '.' -> '_', ignoring anything up to a '-' (so that
 * several versions of a module can coexist: "v2-mod" opens luaopen_mod). */
static const char *push_open_name(lua_State *L, const char *modname)
{
    const char *funcname;
    const char *mark = strchr(modname, *LUA_IGMARK);
    if (mark)
        modname = mark + 1;
    funcname = luaL_gsub(L, modname, ".", "_");
    funcname = lua_pushfstring(L, "%s%s", OPEN_PREFIX, funcname);
    lua_remove(L, -2);
    return funcname;
}

/* ======================================================================
 * The four standard loaders (package.loaders)
 * ====================================================================== */

static int loader_preload(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_getfield(L, LUA_ENVIRONINDEX, "preload");
    if (!lua_istable(L, -1))
        luaL_error(L, "'package.preload' must be a table");
    lua_getfield(L, -1, name);
    if (lua_isnil(L, -1))
        lua_pushfstring(L, "\n\tno field package.preload['%s']", name);
    return 1;
}

static int loader_lua(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *filename = find_file(L, name, "path");
    if (filename == NULL)
        return 1;  /* not found: the message is on the stack */
    if (luaL_loadfile(L, filename) != 0)
        loader_error(L, filename);
    return 1;
}

static int loader_c(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *filename = find_file(L, name, "cpath");
    const char *funcname;
    if (filename == NULL)
        return 1;
    funcname = push_open_name(L, name);
    if (load_c_function(L, filename, funcname) != 0)
        loader_error(L, filename);
    return 1;
}

/* "a.b.c" may live in the library of its root "a", under luaopen_a_b_c. */
static int loader_croot(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *dot = strchr(name, '.');
    const char *filename, *funcname;
    int stat;
    if (dot == NULL)
        return 0;  /* a root name is handled by loader_c */
    lua_pushlstring(L, name, (size_t)(dot - name));
    filename = find_file(L, lua_tostring(L, -1), "cpath");
    if (filename == NULL)
        return 1;
    funcname = push_open_name(L, name);
    stat = load_c_function(L, filename, funcname);
    if (stat != 0) {
        if (stat != ERR_FUNC)
            loader_error(L, filename);
        lua_pushfstring(L, "\n\tno module '%s' in file '%s'", name, filename);
        return 1;
    }
    return 1;
}

/* ======================================================================
 * require
 * ====================================================================== */

/* Runs the loaders in order until one returns a function, which is left
 * on the stack; collects their messages for the final error otherwise. */
static void find_loader(lua_State *L, const char *name)
{
    int i;
    lua_getfield(L, LUA_ENVIRONINDEX, "loaders");
    if (!lua_istable(L, -1))
        luaL_error(L, "'package.loaders' must be a table");
    lua_pushliteral(L, "");  /* accumulated error message */
    for (i = 1;; i++) {
        lua_rawgeti(L, -2, i);
        if (lua_isnil(L, -1))
            luaL_error(L, "module '%s' not found:%s",
                       name, lua_tostring(L, -2));
        lua_pushstring(L, name);
        lua_call(L, 1, 1);
        if (lua_isfunction(L, -1))
            return;
        if (lua_isstring(L, -1))
            lua_concat(L, 2);
        else
            lua_pop(L, 1);
    }
}

static int pkg_require(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED");  /* slot 2 */
    lua_getfield(L, 2, name);
    if (lua_toboolean(L, -1)) {
        if (lua_touserdata(L, -1) == LOADING_MARKER)
            luaL_error(L, "loop or previous error loading module '%s'", name);
        return 1;  /* already loaded */
    }
    find_loader(L, name);
    /* Mark as in progress so a recursive require is detected. */
    lua_pushlightuserdata(L, LOADING_MARKER);
    lua_setfield(L, 2, name);
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
    if (!lua_isnil(L, -1))
        lua_setfield(L, 2, name);  /* loaded[name] = returned value */
    lua_getfield(L, 2, name);
    if (lua_touserdata(L, -1) == LOADING_MARKER) {
        /* The module returned nothing and set nothing: store true. */
        lua_pushboolean(L, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, 2, name);
    }
    return 1;
}

/* ======================================================================
 * module
 * ====================================================================== */

/* Makes the table on top the environment of module's caller. */
static void set_caller_env(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) == 0 || lua_getinfo(L, "f", &ar) == 0 ||
        lua_iscfunction(L, -1))
        luaL_error(L, "'module' not called from a Lua function");
    lua_pushvalue(L, -2);
    lua_setfenv(L, -2);
    lua_pop(L, 1);
}

/* Applies each option function (arguments 2..n) to the module table. */
static void apply_options(lua_State *L, int n)
{
    int i;
    for (i = 2; i <= n; i++) {
        lua_pushvalue(L, i);
        lua_pushvalue(L, -2);
        lua_call(L, 1, 0);
    }
}

static void init_module_table(lua_State *L, const char *modname)
{
    const char *dot;
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_M");
    lua_pushstring(L, modname);
    lua_setfield(L, -2, "_NAME");
    dot = strrchr(modname, '.');
    dot = (dot == NULL) ? modname : dot + 1;
    lua_pushlstring(L, modname, (size_t)(dot - modname));
    lua_setfield(L, -2, "_PACKAGE");  /* "a.b." for "a.b.c" */
}

static int pkg_module(lua_State *L)
{
    const char *modname = luaL_checkstring(L, 1);
    int loaded = lua_gettop(L) + 1;
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED");
    lua_getfield(L, loaded, modname);
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        if (luaL_findtable(L, LUA_GLOBALSINDEX, modname, 1) != NULL)
            return luaL_error(L, "name conflict for module '%s'", modname);
        lua_pushvalue(L, -1);
        lua_setfield(L, loaded, modname);
    }
    lua_getfield(L, -1, "_NAME");
    if (!lua_isnil(L, -1)) {
        lua_pop(L, 1);  /* already initialised (module called twice) */
    } else {
        lua_pop(L, 1);
        init_module_table(L, modname);
    }
    lua_pushvalue(L, -1);
    set_caller_env(L);
    apply_options(L, loaded - 1);
    return 0;
}

static int pkg_seeall(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_getmetatable(L, 1)) {
        lua_createtable(L, 0, 1);
        lua_pushvalue(L, -1);
        lua_setmetatable(L, 1);
    }
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    lua_setfield(L, -2, "__index");
    return 0;
}

/* ======================================================================
 * Opening the library
 * ====================================================================== */

/* package[field] = $envname with ";;" replaced by the default path, or
 * the default when the variable is unset. */
static void set_path(lua_State *L, const char *field, const char *envname,
                     const char *def)
{
    const char *path = getenv(envname);
    if (path == NULL) {
        lua_pushstring(L, def);
    } else {
        /* "\1" is a placeholder that cannot occur in a real path. */
        path = luaL_gsub(L, path, LUA_PATHSEP LUA_PATHSEP,
                         LUA_PATHSEP "\1" LUA_PATHSEP);
        luaL_gsub(L, path, "\1", def);
        lua_remove(L, -2);
    }
    lua_setfield(L, -2, field);
}

static const luaL_Reg package_funcs[] = {
    {"loadlib", pkg_loadlib},
    {"searchpath", pkg_searchpath},
    {"seeall", pkg_seeall},
    {NULL, NULL}
};

static const luaL_Reg global_funcs[] = {
    {"module", pkg_module},
    {"require", pkg_require},
    {NULL, NULL}
};

static const lua_CFunction standard_loaders[] = {
    loader_preload, loader_lua, loader_c, loader_croot, NULL
};

LUALIB_API int luaopen_package(lua_State *L)
{
    int i;
    /* Handles of dlopen'ed libraries close when collected. */
    luaL_newmetatable(L, LIB_HANDLE_MT);
    lua_pushcfunction(L, lib_gc);
    lua_setfield(L, -2, "__gc");
    luaL_register(L, LUA_LOADLIBNAME, package_funcs);
    /* Functions created from here on get `package` as their environment. */
    lua_pushvalue(L, -1);
    lua_replace(L, LUA_ENVIRONINDEX);
    lua_createtable(L, 4, 0);
    for (i = 0; standard_loaders[i] != NULL; i++) {
        lua_pushcfunction(L, standard_loaders[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "loaders");
    set_path(L, "path", LUA_PATH, LUA_PATH_DEFAULT);
    set_path(L, "cpath", LUA_CPATH, LUA_CPATH_DEFAULT);
    lua_pushliteral(L, LUA_DIRSEP "\n" LUA_PATHSEP "\n" LUA_PATH_MARK "\n"
                       LUA_EXECDIR "\n" LUA_IGMARK);
    lua_setfield(L, -2, "config");
    luaL_findtable(L, LUA_REGISTRYINDEX, "_LOADED", 2);
    lua_setfield(L, -2, "loaded");
    lua_newtable(L);
    lua_setfield(L, -2, "preload");
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    luaL_register(L, NULL, global_funcs);  /* require, module as globals */
    lua_pop(L, 1);
    return 1;
}
