/* read_state.h: private to the reader (reader.c and read_*.c): the working
 * state one reading shares between its stages, the roles a mention can
 * take, the keyword scan, and the functions the reading's files share.
 * reader.c runs the stages in order; each read_*.c file holds some of them. */
#ifndef DBT_ENGINE_READ_STATE_H
#define DBT_ENGINE_READ_STATE_H

#include <stddef.h>
#include "catalog.h"
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "query.h"
#include "reader.h"
#include "timeparse.h"
#include "tokens.h"

enum { R_NONE = 0, R_DIM, R_SUBJECT, R_MEASURE, R_FILTER, R_THRESH, R_COUNTED, R_EXISTS,
       R_NOTEXISTS, R_QUAL,
       R_KEYREF,     /* "from account 12": the table names whose key the number is */
       R_SHOW,       /* "list the titles of books": a column shown beside the rows */
       R_ZERO,       /* "nothing paid": a numeric column equal to 0 */
       R_NULLED,     /* "no fee": a column that is empty (the NULL words) */
       R_OWNER };    /* "customer payments": whose rows the next table's are */

typedef struct thresh {
    q_op op;
    double num;
    int pos;          /* token of the number */
    int kwpos;        /* token of the comparative */
    lex_concept con;  /* "cheaper than" -> price */
    int done;         /* taken as "at least one X" */
    double unit;      /* "an hour", "90 minutes": seconds per unit of num, or 0 */
    int pkind;        /* "2 tonnes", "500 km": the unit's kind (phys_unit), or 0 */
    double pf;        /* and its size */
} thresh;

typedef struct kwscan {
    int kw[TOK_MAX];      /* keyword class per token */
    int count, distinct, sum, avg, max, min, top, bottom, list, group;
    int median;           /* "median": avg is set too, and the mean becomes the median */
    int mean;             /* "average", "mean": said beside a median, two measures */
    int limit;
    int superlative_pos;
    thresh th[4];
    int nth;
    int nullpos[4];
    int nnull;
    lex_concept super_con;   /* "cheapest" -> price */
} kwscan;

/* "late", "overdue", "after the due date", "on time", "on or before the
 * promised date": whether a row's event came after its due date. */
typedef struct duecue {
    int sign;            /* 1: after it (late); -1: not after it (on time); 2: both said; 0: none */
    int strict;          /* with -1: "before the due date", strictly */
    int pos;             /* the first word */
    char due[TOK_LEN];   /* the word naming the due date ("promised"), or "" */
    int tpos;            /* "more than 30 days past the due date", "3 days late": the
                          * number's token (a threshold on the days late), or -1 */
    int dur;             /* "days overdue", "hours late": how late is the measure */
} duecue;

/* One reading of one question: its inputs, its words, and what an earlier
 * stage found that a later one reads (set in the stage named). */
typedef struct read_state {
    /* the inputs of reader_read_choice */
    const catalog *cat;
    const ground_index *gx;
    const struct joins_graph *jg;   /* ground_joins(gx): the foreign keys, for the join searches */
    const char *question;
    const char *as_of;     /* the reference date, or the question's own ("as of ...", qas_of) */
    const query *prev;
    reading *r;
    query *q;              /* &r->q */
    /* the words (read_cues) */
    toks tk;
    kwscan k;
    time_info ti;
    mention m[M_MAX];
    int nm;
    char qas_of[11];       /* "as of December 31, 2024": the question's own reference date */
    duecue due;
    q_op age_op;           /* "65 or older": the age condition, at age_pos (-1: none) */
    double age_n;
    int age_pos;
    int pct_kind, pct_pos, cmp_cue;   /* rates and shares, comparisons (scan_cues) */
    int pct_cue;
    q_bucket growth;
    q_dur dur_unit;        /* a length of time asked for, in this unit */
    int dur_th;            /* a threshold on an average length of time between two dates */
    int dur_cue_strong;    /* asked for time between events, not a unit */
    null_hit nulls[4];     /* NULL states the schema's comments name */
    int nnull;
    /* "cancelled ones included", "including refunds" (read_included): the
     * words that widen the rows rather than filter them, and the columns
     * whose conditions they lift */
    int incl_from[2], incl_to[2];
    int nincl;
    qcol incl_cols[8];
    int nincl_cols;
    /* the mentions the reader adds (read_mentions) */
    int headcount;         /* "headcount": the table of people counted now, or -1 */
    int ids;               /* "their ids and names": each entity's key shown beside its name */
    /* 1. roles (read_roles) */
    int subject;
    unsigned verbs;        /* column mentions read as the verb of a table's rows */
    /* 2. measure (read_measure) */
    lex_concept con;
    int mi, having_th;
    /* 3. the counted table (read_counted) */
    int counted;
    int subject_is_dim;
    qcol show, show2;
    int events_base;
    /* 4. base table (read_events) */
    int absorbed;
    unsigned evmask;       /* mentions of the event's date column, placed by it */
    /* 5. dimensions (read_dims) */
    qcol range_col;        /* "revenue in 2024, by check-in date": which date the range uses */
    /* 6. filters (read_filters, read_null_words) */
    int via_t;             /* "from Boston", "to Denver": the table whose keys they choose */
    const cat_table *bt;   /* the base table */
} read_state;

/* the reading stages, in the order reader.c runs them; each returns -1
 * when the question cannot be read, else 0 */
int read_cues(read_state *s);
int read_mentions(read_state *s);
int read_included(read_state *s);
int read_roles(read_state *s);
int read_measure(read_state *s);
int read_counted(read_state *s);
int read_base(read_state *s);
int read_events(read_state *s);
int read_related_rows(read_state *s);
int read_dims(read_state *s);
int read_filters(read_state *s);
int read_flags(read_state *s);
int read_null_words(read_state *s);
int read_had_amounts(read_state *s);
int read_date_states(read_state *s);
int read_states(read_state *s);
int read_drop_included(read_state *s);
int read_money_states(read_state *s);
int read_aggregate(read_state *s);
int read_shapes(read_state *s);
int read_role_keys(read_state *s);
int read_time(read_state *s);
int read_final_checks(read_state *s);

/* read_checks.c */
/* Add a word to the ones the reading could not place, for the hint. */
void rd_note_unknown(reading *r, const char *w);

/* read_cues.c */
int rd_is_w(const toks *t, size_t i, const char *w);
double rd_time_unit(const char *w);
int rd_column_phys_unit(const char *name, double *f);
int rd_in(const char *w, const char *const *list);
int rd_due_name(const char *name);
int rd_split_name(const char *name, char (*out)[TOK_LEN], int max);
/* Is w a verb's form the name word (a stem) is written with ("booked"
 * for bookings)? */
int rd_verb_of_name(const char *w, const char *name_word);
int rd_column_word(const catalog *cat, const char *w);
q_bucket rd_bucket_word(const char *w);

/* read_roles.c */
int rd_own_measure(const catalog *cat, int t, const char *s);
int rd_person_table(const catalog *cat);
/* Do all the columns a mention may name hold yes/no (is_hub, isVegetarian)? */
int rd_all_flags(const catalog *cat, const mention *m);
int rd_all_numeric(const catalog *cat, const mention *m);
/* Are all of mention m's columns dates? */
int rd_all_dates(const catalog *cat, const mention *m);
int rd_in_list_w(const char *w, const char *const *l);
int rd_fk_role(const catalog *cat, int t, int c, char *out, size_t n);
int rd_role_word(const char *w, const char *r);
int rd_find_role(const catalog *cat, const ground_index *gx, const toks *tk, const mention *m,
                 int nm, int *ft, int *fc);
int rd_direction_word(const toks *tk, int start);
int rd_keys_holder(const catalog *cat, int base, int ref);
/* Table t's column holding a sum of money (amount, total, fee, ...), or -1. */
int rd_money_column(const catalog *cat, int t);
/* The key of t into ref whose role the verb before "to"/"by" at start
 * names ("assigned to": assigneeId), or -1. */
int rd_verb_key(const catalog *cat, const toks *tk, int start, int t, int ref);
int rd_directed_key(const catalog *cat, int t, int ref, int dir);
void rd_keys_list(const catalog *cat, int t, int ref, char *out, size_t n);
void rd_role_paths(const catalog *cat, query *q, reading *r, const mention *m, int nm);

/* read_measure.c */
int rd_physical(lex_concept c);
int rd_th_at(const toks *tk, const thresh *th, int start);
int rd_kw_before(const toks *t, const kwscan *k, int i);
int rd_note_ambiguity(const catalog *cat, const ground_index *gx, reading *r, const mention *m,
                      int chosen, int near, int value);
int rd_up_path(const catalog *cat, int from, int to);

/* read_filters.c */
int rd_numeric_alt(const catalog *cat, const ground_index *gx, const mention *m, int near,
                   qcol *out);
/* Add a filter that column c is empty (OP_NULL) or set (OP_NOTNULL);
 * pos: the question token it came from, or -1. */
void rd_add_state(query *q, qcol c, q_op op, int pos);
void rd_add_filter(query *q, qfilter f);
/* Remove the query's filter i. */
void rd_drop_filter(query *q, int i);
int rd_having_verb_before(toks *tk, int at);
int rd_name_word_prefix(const char *name, const char *w, int loose);
int rd_qcol_in(qcol c, const mention *m);
int rd_mention_used(const catalog *cat, const toks *tk, const query *q, const mention *m);
/* Does the query account for mention m it does not use (a word of a name
 * it uses, or a table all its rows belong to, when not the subject)? */
int rd_mention_accounted(const catalog *cat, const toks *tk, const query *q, const mention *m,
                         int subject);

/* read_shape.c */
qcol rd_pick(const catalog *cat, const ground_index *gx, const mention *m, int near);
void rd_set_alias(query *q, const catalog *cat, lex_concept con);
int rd_money_amount(const catalog *cat, int t);
/* Is stem a noun for a sum of money (fee, payment, rent, ...)? */
int rd_money_noun(const char *stem);
void rd_add_dim(const catalog *cat, query *q, const mention *m, int near);

/* read_time.c */
double rd_column_time_unit(const char *name);
qcol rd_date_col_near(const catalog *cat, const ground_index *gx, const query *q, const toks *tk);
int rd_date_kind(const cat_column *c);
int rd_startish(const char *name);
int rd_end_date_col(const catalog *cat, int t);
int rd_abort_end(const char *name);
int rd_span_pair(const cat_table *t, int *start, int *end);
int rd_due_pair(const catalog *cat, const ground_index *gx, const toks *tk, int t,
                const duecue *due, int *dc, int *ac);
int rd_named_dates(const catalog *cat, const ground_index *gx, const toks *tk, int base,
                   int ment[2], int *firstpos, int *start, int *end);

#endif
