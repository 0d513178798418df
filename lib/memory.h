/* memory.h: confirmed question -> SQL pairs, per database, in a SQLite file
 * the front end names ($XDG_STATE_HOME/databot/memory.sqlite). Only pairs
 * the person confirmed (ran, and kept the answer) go in; they come back as
 * few-shot examples and answer exact repeats without a model.
 * Internal to libdatabot. */
#ifndef DBT_MEMORY_H
#define DBT_MEMORY_H

#include <stddef.h>
#include "databot.h"

typedef struct memory memory;

typedef struct memory_pair {
    char *question;
    char *sql;
    double score;        /* similarity to the question asked, 0..1 */
} memory_pair;

/* Open (creating it and its folder) the file; NULL with err. */
memory *memory_open(const char *path, dbt_error *err);
void memory_close(memory *m);
/* Remember a pair for database db (a schema fingerprint). 0 or -1. */
int memory_add(memory *m, const char *db, const char *question, const char *sql, dbt_error *err);
/* The SQL of a pair whose question is the same up to case, spacing and
 * punctuation; malloc'd, or NULL. */
char *memory_exact(memory *m, const char *db, const char *question);
/* Up to k pairs most like the question (shared terms), best first, with a
 * score above 0. *out is malloc'd; free with memory_pairs_free. */
size_t memory_similar(memory *m, const char *db, const char *question, size_t k, memory_pair **out);
/* Every pair of database db, oldest first (score 1); free with memory_pairs_free. */
size_t memory_list(memory *m, const char *db, memory_pair **out);
void memory_pairs_free(memory_pair *p, size_t n);
/* Forget the pairs with this question; returns how many went, or -1. */
int memory_forget(memory *m, const char *db, const char *question);

#endif
