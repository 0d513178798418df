/* conversation.h: the questions asked so far in this run, so \save can
 * write them and --resume can replay them (the engine rebuilds its context
 * from the same questions). */
#ifndef DBT_CONVERSATION_H
#define DBT_CONVERSATION_H

#include <stddef.h>
#include "databot.h"

typedef struct turn {
    char *question;   /* NULL for SQL the person wrote */
    char *sql;
} turn;

typedef struct conversation {
    turn *turns;
    size_t n;
} conversation;

void conversation_add(conversation *c, const char *question, const char *sql);
/* Write {"databot":1,"database":...,"turns":[...]} to path (0600, through a
 * temporary file). Returns 0 or -1 with err. */
int conversation_save(const conversation *c, const char *database, const char *path, dbt_error *err);
/* Read a saved conversation and replay its questions in s (planning only,
 * nothing runs); the turns join c. Returns the number replayed, or -1. */
int conversation_resume(conversation *c, dbt_session *s, const char *path, dbt_error *err);
void conversation_free(conversation *c);

#endif
