/* retrieve.h: stage 2, the schema that matters to a question: the tables
 * ranked by an FTS5 (bm25) index over their names, columns, descriptions,
 * synonyms and sample values, with an analyst's vocabulary, the previous
 * turn of a conversation and (--embeddings) vectors, then expanded along
 * foreign keys so join paths are complete, within a budget; written as
 * compact DDL for a prompt. Internal to libdatabot. A retriever is used by
 * one thread at a time. */
#ifndef DBT_RETRIEVE_H
#define DBT_RETRIEVE_H

#include <stddef.h>
#include "catalog.h"

typedef struct retriever retriever;

/* Index the catalog (which must outlive the retriever). NULL on no memory.
 * Where SQLite lacks FTS5, tables are ranked by their names alone. */
retriever *retrieve_new(const catalog *cat);
void retrieve_free(retriever *r);

/* What a question is retrieved with: its text, and for a turn of a
 * conversation the previous question and the SQL that answered it (their
 * tables come first, their words count at half weight); the question's
 * vector with --embeddings. Any but question may be NULL. */
typedef struct retrieve_query {
    const char *question;
    const char *prev_question;
    const char *prev_sql;
    const float *qvec;
} retrieve_query;

/* Tables with a score above 0 for the question, best first: *tables and
 * *scores are malloc'd (either may be NULL if unwanted). Returns the count. */
size_t retrieve_rank_q(const retriever *r, const retrieve_query *q, int **tables, double **scores);
/* The tables a prompt for the question shows within budget_tokens (about
 * 4 bytes each): every table when the whole schema fits (the previous
 * SQL's and the ranked ones first); else the previous SQL's tables, the
 * best ranked with the foreign-key paths joining them, near-copies last,
 * down to a quarter of the best score; when nothing matches, the most
 * central tables within a third of the budget. */
size_t retrieve_select_q(const retriever *r, const retrieve_query *q, long budget_tokens, int **tables);
/* Compact DDL of the selected tables, with keys, references, row counts
 * and a few sample values per text column, those the question names first
 * (none when with_samples is 0); a table of more than 40 columns shows its
 * keys, its first 10 and those the question names. malloc'd. */
char *retrieve_schema_q(const retriever *r, const retrieve_query *q, long budget_tokens, int with_samples);
/* The semantic file's examples most like the question (indices into
 * cat->sem->examples, best first, at most max into out). Returns the count. */
size_t retrieve_examples(const retriever *r, const char *question, size_t max, size_t *out);

/* The same for a question alone. */
size_t retrieve_rank(const retriever *r, const char *question, int **tables, double **scores);
size_t retrieve_select(const retriever *r, const char *question, long budget_tokens, int **tables);
char *retrieve_schema(const retriever *r, const char *question, long budget_tokens, int with_samples);
/* Does the question touch one table only (for --model-simple)? */
int retrieve_is_simple(const retriever *r, const char *question);

/* ---- retrieve_words.c: terms ------------------------------------------- */

#define RETRIEVE_WORD_MAX 64

/* Words of a text as search terms: lower case, identifiers split at '_'
 * and camelCase, inflections folded (retrieve_stem), stop words dropped.
 * *out is a malloc'd array of malloc'd strings; returns the count. */
size_t retrieve_terms(const char *text, char ***out);
void retrieve_terms_free(char **terms, size_t n);
/* Fold a lower-case word to its stem in place (never longer but by the e
 * of invoic(ed) -> invoice): plurals, -ed, -ing, -ly, -ation, -ologist. */
void retrieve_stem(char *w);
/* Call each(ctx, word, len) for every word of text (runs of letters,
 * digits and bytes >= 0x80, split at camelCase). Returns the count. */
size_t retrieve_words(const char *text, void (*each)(void *ctx, const char *word, size_t len), void *ctx);
/* A word lower-cased (retrieve_lower) or also stemmed (retrieve_fold) into
 * out; 0 when empty or too long. */
int retrieve_lower(const char *w, size_t len, char out[RETRIEVE_WORD_MAX]);
int retrieve_fold(const char *w, size_t len, char out[RETRIEVE_WORD_MAX]);

/* Is the stop-word list sorted, as its binary search needs? (for tests) */
int retrieve_stopwords_sorted(void);

/* The vocabulary: stop words, the words of analysis and an analyst's
 * words for what schemas call otherwise, stemmed once. */
typedef struct retrieve_vocab retrieve_vocab;
retrieve_vocab *retrieve_vocab_new(void);
void retrieve_vocab_free(retrieve_vocab *v);
/* What a question's word (raw: lower case; stem: folded) says about which
 * table: 0 for stop words, numbers and single letters, 0.25 for the words
 * of analysis (total, average, rate, month...), else 1. */
double retrieve_term_weight(const retrieve_vocab *v, const char *raw, const char *stem);
/* The stems a schema may write for the stem a person asked with
 * (revenue -> amount, fee, mrr...; customer -> client, account), with
 * their weights and whether they name the same thing (client) rather than
 * what holds or measures it (amount): at most max into out, weight and
 * same; the strings belong to v. Returns the count. */
size_t retrieve_related(const retrieve_vocab *v, const char *stem, const char **out, double *weight,
                        int *same, size_t max);

/* A 16-hex-digit fingerprint of the schema (tables, columns, types). */
void retrieve_fingerprint(const catalog *cat, char out[17]);

/* ---- embeddings (optional, --embeddings) --------------------------------
 * With one vector per table set, a question's vector (retrieve_query.qvec,
 * of the same size; NULL: words alone) ranks the tables by cosine too, and
 * the nearest few join the words' ranking by reciprocal rank fusion;
 * expansion along foreign keys and the budget then work as without. */

/* One vector per table, ntables * dim floats in catalog order (copied);
 * NULL clears them. -1 on no memory. */
int retrieve_set_vectors(retriever *r, const float *vecs, size_t dim);
/* The size of the table vectors set, 0 when none. */
size_t retrieve_vector_dim(const retriever *r);

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
