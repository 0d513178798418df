/* retrieve.h: stage 2, the schema that matters to a question: BM25-style
 * ranking of tables over their names, column names, foreign keys, sample
 * values and synonyms, then expansion along foreign keys so join paths are
 * complete, within a budget; written as compact DDL for a prompt.
 * Internal to libdatabot. */
#ifndef DBT_RETRIEVE_H
#define DBT_RETRIEVE_H

#include <stddef.h>
#include "catalog.h"

typedef struct retriever retriever;

/* Index the catalog (which must outlive the retriever). NULL on no memory. */
retriever *retrieve_new(const catalog *cat);
void retrieve_free(retriever *r);

/* Tables with a score above 0 for the question, best first: *tables and
 * *scores are malloc'd (either may be NULL if unwanted). Returns the count. */
size_t retrieve_rank(const retriever *r, const char *question, int **tables, double **scores);
/* The tables a prompt for the question shows within budget_tokens (about
 * 4 bytes each): every table when the whole schema fits, else the best
 * ranked plus the tables on the foreign-key paths between them. */
size_t retrieve_select(const retriever *r, const char *question, long budget_tokens, int **tables);
/* Compact DDL of the selected tables, with keys, references and a few
 * sample values per text column (none when with_samples is 0); malloc'd. */
char *retrieve_schema(const retriever *r, const char *question, long budget_tokens, int with_samples);
/* Does the question touch one table only (for --model-simple)? */
int retrieve_is_simple(const retriever *r, const char *question);

/* Words of a text as search terms: lower case, identifiers split at '_'
 * and camelCase, plurals folded, stop words dropped. *out is a malloc'd
 * array of malloc'd strings; returns the count. */
size_t retrieve_terms(const char *text, char ***out);
void retrieve_terms_free(char **terms, size_t n);

/* A 16-hex-digit fingerprint of the schema (tables, columns, types). */
void retrieve_fingerprint(const catalog *cat, char out[17]);

#endif
