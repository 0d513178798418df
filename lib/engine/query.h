/* query.h: the engine's reading of a question, independent of SQL text:
 * what is measured, how it is grouped, filtered, ordered and limited.
 * Column references are catalog indices. */
#ifndef DBT_ENGINE_QUERY_H
#define DBT_ENGINE_QUERY_H

typedef enum { AGG_NONE = 0, AGG_COUNT, AGG_COUNT_DISTINCT, AGG_SUM, AGG_AVG,
               AGG_MIN, AGG_MAX } q_agg;
typedef enum { BK_NONE = 0, BK_DAY, BK_WEEK, BK_MONTH, BK_QUARTER, BK_YEAR } q_bucket;
typedef enum { OP_EQ = 0, OP_NE, OP_GT, OP_GE, OP_LT, OP_LE, OP_NULL, OP_NOTNULL } q_op;

typedef struct qcol { int t, c; } qcol;   /* c == -1: none */

#define Q_MAXF 8
#define Q_MAXD 2
#define Q_TEXT 96

typedef struct qfilter {
    qcol col;
    q_op op;
    int is_num;
    double num;
    char text[Q_TEXT];   /* exact stored value for OP_EQ/OP_NE on text */
    int having;          /* compares the aggregate, not a column */
} qfilter;

typedef struct query {
    int base;                /* FROM table */
    q_agg agg;
    qcol m1, m2;             /* measure column; m2: second factor (m1 * m2) */
    qcol dims[Q_MAXD];       /* group-by columns (an entity: its key) */
    qcol labels[Q_MAXD];     /* label shown for an entity dimension, or c=-1 */
    int ndims;
    q_bucket bucket;
    qcol tcol;               /* date column for the bucket and the range */
    char from[11], to[11];   /* half-open date range; "" when open */
    qfilter f[Q_MAXF];
    int nf;
    char alias[32];          /* name of the measure column */
    int limit;               /* 0: none */
    int asc;                 /* order the measure ascending (bottom N) */
    int list;                /* list rows, no aggregate */
} query;

#endif
