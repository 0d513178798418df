/* qset.h: question sets for the retrieval and model-pipeline benches:
 * JSONL files of questions with their gold SQL (the evaluation set's
 * questions.jsonl and conversations.jsonl, bench/questions.jsonl), the
 * tables each gold query reads, and percentiles. */
#ifndef BENCH_QSET_H
#define BENCH_QSET_H

#include <stddef.h>

typedef struct qitem {
    char *id;          /* "saas-001", or "saas-c01#2" for a conversation's second turn */
    char *db;          /* the database it was written for, "" when not said */
    char *question;
    char *sql;         /* gold SQL */
    char *prev;        /* a follow-up: the previous turn's question; else NULL */
    char *prev_sql;    /* and its gold SQL (what the model answered it with) */
    char **gold;       /* the tables sql reads, lower case, without CTE names */
    size_t ngold;
} qitem;

typedef struct qset {
    qitem *items;
    size_t n;
} qset;

/* Append the questions of a JSONL file (lines {"id", "db", "question",
 * "sql"}, or {"id", "db", "turns": [{"question", "sql"}...]}; blank lines
 * and lines starting with '#' are skipped). -1 with a message on stderr
 * when the file cannot be read. */
int qset_load(qset *qs, const char *path);
void qset_free(qset *qs);

/* The tables a query reads (parsed with libpg_query; CTE names left out),
 * lower case, malloc'd. Returns the count, or -1 when it does not parse. */
int qset_tables(const char *sql, char ***out);

/* The p-th percentile (0-100) of v[0..n), which it sorts. 0 when n is 0. */
double qset_percentile(double *v, size_t n, double p);
double qset_mean(const double *v, size_t n);

/* Monotonic time in milliseconds. */
double qset_now_ms(void);

#endif
