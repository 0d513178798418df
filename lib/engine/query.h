/* query.h: the engine's reading of a question, independent of SQL text:
 * what is measured, how it is grouped, filtered, ordered and limited.
 * Column references are catalog indices. */
#ifndef DBT_ENGINE_QUERY_H
#define DBT_ENGINE_QUERY_H

typedef enum { AGG_NONE = 0, AGG_COUNT, AGG_COUNT_DISTINCT, AGG_SUM, AGG_AVG,
               AGG_MIN, AGG_MAX,
               AGG_MEDIAN      /* the middle value (the mean of the middle two), NULLs aside */
} q_agg;
typedef enum { BK_NONE = 0, BK_DAY, BK_WEEK, BK_MONTH, BK_QUARTER, BK_YEAR } q_bucket;
typedef enum { OP_EQ = 0, OP_NE, OP_GT, OP_GE, OP_LT, OP_LE, OP_NULL, OP_NOTNULL,
               OP_IN,          /* text IN (text, more...) */
               OP_EXISTS,      /* a row of table sub references the row */
               OP_NOTEXISTS } q_op;
/* How the measure is shaped beyond its aggregate. */
typedef enum { PCT_NONE = 0,
               PCT_RATE,       /* 100 * rows meeting the cond filters / all rows */
               PCT_SHARE       /* 100 * the measure / its total over all groups */
} q_pct;
typedef enum { DUR_NONE = 0, DUR_DAYS, DUR_HOURS, DUR_MINUTES, DUR_YEARS } q_dur;

typedef struct qcol { int t, c; } qcol;   /* c == -1: none */

#define Q_MAXF 8
#define Q_MAXD 2
#define Q_TEXT 96
#define Q_PER_BUCKET (Q_MAXD + 1)

typedef struct qfilter {
    qcol col;
    q_op op;
    int is_num;
    double num;
    char text[Q_TEXT];   /* exact stored value for OP_EQ/OP_NE on text */
    char more[3][Q_TEXT];/* OP_IN: further values */
    int nmore;
    int having;          /* 1: compares the measure, 2: compares COUNT(*) */
    int cond;            /* part of a rate's condition, not of WHERE */
    int sub;             /* OP_EXISTS/OP_NOTEXISTS: the referencing table */
    int pos;             /* question token it came from, or -1 */
    int via;             /* "from Boston", "to Denver": 1 + the key of the query's role_t
                          * along which col's table is joined for this filter
                          * (role_fk or role2_fk), or 0: the usual join */
    int cmp_col;         /* 1: compares col with col2, a date column of the same row, by
                          * day ("returned after the due date": returned_on > due_on) */
    qcol col2;
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
    char parts[4][2][11];    /* "2022 vs 2024": separate periods, each [from, to); with two or
                              * more they date the rows in place of from and to (which span them) */
    int nparts;
    qfilter f[Q_MAXF];
    int nf;
    char alias[32];          /* name of the measure column */
    int limit;               /* 0: none */
    int asc;                 /* order the measure ascending (bottom N) */
    int list;                /* list rows, no aggregate */
    q_pct pct;               /* rate or share of total */
    q_dur dur;               /* m1 - m2 as a duration (dates); or as_of - m1 */
    char dur_ref[11];        /* "YYYY-MM-DD": duration from m1 to this date */
    int nulls_zero;          /* missing measure values count as 0 */
    int count_groups;        /* count the groups (HAVING) rather than list them; 2: the
                              * average of the groups' counts ("average number of users
                              * per account") */
    int measure;             /* a semantic file's measure (index + 1) in place of m1/m2, or 0 */
    q_bucket growth;         /* period over period: % change from the previous bucket */
    int running;             /* running total: each bucket's count or sum plus all the
                              * buckets before it (SUM ... OVER (ORDER BY bucket)); 2: the
                              * level at each period's end ("registered players at the end
                              * of each month of 2024"), summed from the first row, the range
                              * choosing only the periods shown */
    int per_group;           /* top-1 per group: the partition is dims[per_group - 1], or
                              * the time bucket when per_group is Q_PER_BUCKET */
    int chrono;              /* "for each term in order": the groups ordered by this column
                              * (1 + its index) of dims[0]'s table, a date of its rows or
                              * the grouping column itself, as a time series is, rather
                              * than by the measure; 0: none */
    int role_t, role_fk;     /* a foreign key named by its role ("origin", "manager"):
                              * its table and 1 + its column; 0: none */
    unsigned role_cols;      /* a key into its own table: the columns of role_t
                              * (bit c) read from the second, self-joined copy */
    q_agg xagg;              /* a second measure shown beside the first ("add their total
                              * cost"): xagg of x1, named xalias; AGG_NONE: none */
    qcol x1;
    char xalias[32];
    double unit_div;         /* "average match length in minutes" of durationSec: the measure's
                              * column divided by this (60) for the unit asked; 0: as stored */
    int role2_fk;            /* a second key of role_t into the same table ("flights from
                              * Boston to Denver"): 1 + its column; that table is joined a
                              * second time along it for the filters whose via names it */
} query;

#endif
