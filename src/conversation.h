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
    size_t reading;   /* the reading chosen at a clarifying question (dbt_plan_reading); 0: the default */
} turn;

typedef struct conversation {
    turn *turns;
    size_t n;
} conversation;

void conversation_add(conversation *c, const char *question, const char *sql);
/* The last turn, when it asked question, was answered as another reading
 * (a clarifying question's answer): record which, and its SQL. */
void conversation_choose(conversation *c, const char *question, size_t reading, const char *sql);
/* Write {"databot":1,"database":...,"turns":[...]} to path (0600, through a
 * temporary file); a turn answered as another reading than the default
 * carries "reading": its number as the clarifying question showed it (2, 3,
 * ...). Returns 0 or -1 with err. */
int conversation_save(const conversation *c, const char *database, const char *path, dbt_error *err);
/* Read a saved conversation and replay its questions in s (planning only,
 * nothing runs), each as the reading it was answered as ("reading"; in a
 * file without it, the reading whose SQL is the saved one), so follow-ups
 * refine what the person saw; the turns join c. Returns the number
 * replayed, or -1. */
int conversation_resume(conversation *c, dbt_session *s, const char *path, dbt_error *err);
void conversation_free(conversation *c);

#endif
