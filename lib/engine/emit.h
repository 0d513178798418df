/* emit.h: SQL text for a query, per dialect ("sqlite" or "postgres"). */
#ifndef DBT_ENGINE_EMIT_H
#define DBT_ENGINE_EMIT_H

#include "catalog.h"
#include "query.h"
#include "util.h"

/* Append one SELECT for q to out. Returns 0, or -1 when a table q needs is
 * not reachable from q->base through foreign keys. */
int emit_sql(const catalog *cat, const query *q, int postgres, buf *out);

/* Mark the tables q's SQL reads (read[t] != 0, an array of ntables): its
 * base, the tables its columns and EXISTS conditions name, and the ones
 * joined on the way. read[t] is EMIT_READ, with EMIT_FANS when t's rows
 * are reached through rows referring to a table before them (more than one
 * per row of it), and EMIT_SHARED when that follows a step up a key (a
 * parent the base's rows share with t's). Returns 0, or -1 (out of memory,
 * or unreachable). */
enum { EMIT_READ = 1, EMIT_FANS = 2, EMIT_SHARED = 4 };
int emit_tables(const catalog *cat, const query *q, unsigned char *read);

/* Append an identifier, double-quoted only when needed. */
void emit_ident(buf *out, const char *name);

#endif
