/* sqltext.h: writing SQL text safely: identifiers quoted when they need it,
 * string literals escaped. Shared by the engine, the catalog readers and
 * the sampler. Internal to libdatabot. */
#ifndef DBT_SQLTEXT_H
#define DBT_SQLTEXT_H

#include "util.h"

/* Append an identifier, double-quoted only when it is not a plain lower-case
 * name or is a reserved word. */
void sql_add_ident(buf *b, const char *name);
/* Append an identifier, always double-quoted (names as stored, any case). */
void sql_add_quoted(buf *b, const char *name);
/* Append a string literal: 'it''s'. */
void sql_add_literal(buf *b, const char *s);
/* Is this word reserved in SQLite or PostgreSQL? */
int sql_is_reserved(const char *word);

#endif
