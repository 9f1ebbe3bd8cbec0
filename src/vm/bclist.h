/*
 * bclist.h - bytecode listing (apogee -bl, tests).
 */
#ifndef APOGEE_BCLIST_H
#define APOGEE_BCLIST_H

#include <stdio.h>
#include "object.h"

/* Prints a readable listing of p and, recursively, of its nested prototypes. */
void bc_list(FILE *out, const Proto *p);

#endif
