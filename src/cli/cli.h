/*
 * cli.h -- what the parts of the `apogee` command share: apogee.c (options, running
 * scripts) and repl.c (the interactive mode, with edit.c's line editor).
 */
#ifndef APOGEE_CLI_H
#define APOGEE_CLI_H

#include "lua.h"

/* apogee.c: calls the function below its narg arguments with a traceback handler and Ctrl-C
 * interruption (clear drops the results); prints and pops a failed call's error object. */
int cli_docall(lua_State *L, int narg, int clear);
int cli_report(lua_State *L, int status);

/* repl.c: the interactive loop, until end of input. */
void repl_run(lua_State *L);

#endif
