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

/* ---- embeddings (optional, --embeddings) --------------------------------
 * With one vector per table set, a question's vector (qvec, of the same
 * size; NULL: words alone) ranks the tables by cosine too, and the best few
 * join the BM25 ranking by reciprocal rank fusion; expansion along foreign
 * keys and the budget then work as without. */

/* One vector per table, ntables * dim floats in catalog order (copied);
 * NULL clears them. -1 on no memory. */
int retrieve_set_vectors(retriever *r, const float *vecs, size_t dim);
/* The size of the table vectors set, 0 when none. */
size_t retrieve_vector_dim(const retriever *r);
size_t retrieve_rank_with(const retriever *r, const char *question, const float *qvec,
                          int **tables, double **scores);
size_t retrieve_select_with(const retriever *r, const char *question, const float *qvec,
                            long budget_tokens, int **tables);
char *retrieve_schema_with(const retriever *r, const char *question, const float *qvec,
                           long budget_tokens, int with_samples);

/* retrieve_vec.c: the text embedded for table t (name and columns split
 * into words, references, descriptions and synonyms of the semantic file;
 * no sample values), malloc'd. */
char *retrieve_table_text(const catalog *cat, size_t t);
/* Cosine similarity of two vectors; 0 when either is all zeros. */
double retrieve_cosine(const float *a, const float *b, size_t dim);
/* The at most top of n vectors (dim floats each) most similar to q with a
 * cosine above 0, best first, into out. Returns the count. */
size_t retrieve_cosine_top(const float *vecs, size_t n, size_t dim, const float *q, size_t top,
                           int *out);
/* Reciprocal rank fusion of two best-first lists of tables (k = 60): each
 * scores the sum of 1/(k + rank) over the lists holding it; ties go to the
 * first list's order. out (and scores, may be NULL) need room for na + nb.
 * Returns the count. */
size_t retrieve_fuse(const int *a, size_t na, const int *b, size_t nb, int *out, double *scores);

#endif
