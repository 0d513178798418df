/* ground.h: matching the question's words to the catalog: tables, columns
 * and sample values (stems, synonyms, typos), and choosing columns by role
 * (label, measure, date). */
#ifndef DBT_ENGINE_GROUND_H
#define DBT_ENGINE_GROUND_H

#include "catalog.h"
#include "lexicon.h"
#include "query.h"
#include "tokens.h"

typedef enum { MK_TABLE = 1, MK_COLUMN, MK_VALUE, MK_CONCEPT } mkind;

#define M_ALTS 16

typedef struct mention {
    mkind kind;
    int start, end;          /* tokens [start, end) */
    int t;                   /* MK_TABLE */
    qcol alts[M_ALTS];       /* MK_COLUMN / MK_VALUE candidates */
    const char *val[M_ALTS]; /* MK_VALUE: stored spelling */
    int nalts;
    lex_concept concept;     /* MK_CONCEPT */
    int role;                /* set by the reader */
    int measure;             /* MK_CONCEPT from the semantic file: its measure (index + 1) */
} mention;

#define M_MAX 32

/* The index of the catalog's names and sample values, split and stemmed
 * once (engine_new); NULL when out of memory (grounding then splits names
 * as it goes). The catalog must outlive it. */
typedef struct ground_index ground_index;
ground_index *ground_index_new(const catalog *cat);
void ground_index_free(ground_index *gx, const catalog *cat);

/* A name's words, split on '_' and camelCase, lowercase and stemmed (at
 * most max); returns how many. */
int ground_split_name(const char *name, char (*out)[TOK_LEN], int max);
#define GROUND_NW 8          /* the words of a name the index holds */
/* The first GROUND_NW of them for table t's name (c < 0) or its column c's:
 * *w points at the index's copy, or at nbuf (room for GROUND_NW words) where
 * they are split now; returns how many. */
int ground_name_words(const catalog *cat, const ground_index *gx, int t, int c,
                      char (*nbuf)[TOK_LEN], char (**w)[TOK_LEN]);
/* Does question token k say the verb date column c's comment gives its
 * event by ("-- date dispensed": "dispensed")? */
int ground_comment_verb_at(const catalog *cat, qcol c, const toks *q, size_t k);
/* "day shift": is token i a stored value of a text column whose name
 * holds token j's word? */
int ground_value_of_named_column(const catalog *cat, const toks *t, size_t i, size_t j);
/* Is stem s a word of some table's or column's name (its first 32)? */
int ground_names_word(const catalog *cat, const ground_index *gx, const char *s);

/* Find mentions in the unused tokens, longest first; marks their tokens.
 * gx may be NULL. */
int ground_mentions(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max);

/* Values of two words or more ("no show", "New York"), found before
 * keywords take their words; marks their tokens. */
int ground_multiword_values(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max);
/* The same for values holding a number ("Fall 2023", "Route 66", "Q3 2024"),
 * found before the time parser reads the year as a range. */
int ground_numbered_values(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max);

/* Do tokens [i, i+n) match a sample value of a text column ("cancellation" ~
 * 'cancelled')? The score (3 exact ... 1 typo or derived form), or 0. */
int ground_value_words(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n);

/* A NULL state a column's comment names, said in the question:
 * "undeclared students" (NULL = undeclared), "loyalty members" (NULL if not
 * a loyalty member), "users who never logged in". */
typedef struct null_hit {
    qcol col;
    int op;                  /* OP_NULL or OP_NOTNULL; OP_EQ or OP_NE: the column and code */
    int code;                /* with OP_EQ/OP_NE: the code the comment gives ("0 = no-show") */
    int start, end;          /* tokens [start, end) */
    int words;               /* how many of the comment's words it says */
} null_hit;
/* Find them in the unused tokens (the column's table must be named too);
 * marks their tokens, and a negation or "still" before them. */
int ground_null_states(const catalog *cat, const ground_index *gx, toks *t, null_hit *out, int max);


/* Walking the foreign keys named for a role (joins_is_role: manager_id,
 * originWarehouseId) in catalog order: start with ROLE_ITER_INIT; each call
 * sets it->at to the next and returns 1, or 0 at the end. From the index's
 * list, or every column when gx is NULL. */
typedef struct role_iter {
    size_t i;                /* the next in the index's list */
    qcol at;                 /* the current key */
} role_iter;
#define ROLE_ITER_INIT {0, {-1, -1}}
int ground_role_next(const catalog *cat, const ground_index *gx, role_iter *it);

/* The catalog's foreign-key graph (joins.h), collected once; NULL without
 * the index. */
struct joins_graph;
const struct joins_graph *ground_joins(const ground_index *gx);

/* Does word w ("euros", "usd") name a currency the schema's comments name
 * (any currency when they name none)? */
int ground_currency_word(const ground_index *gx, const char *w);

int ground_is_numeric(const cat_column *c);
/* A yes/no column: boolean, or a number named is_X, has_X, isX, hasX. */
int ground_is_flag(const cat_column *c);
/* A key: primary key, foreign key, or named id / *_id. */
int ground_is_key(const cat_table *t, int c);
/* A person's first name column (first_name, firstName, given_name) when
 * the table has a last name column too (set in *last); else -1. */
int ground_person_name(const cat_table *t, int *last);
/* Name-like column of a table (a person's first name before a title), or
 * its key, or -1. */
int ground_label(const cat_table *t);
/* The date columns' functions below take the index gx (NULL: names are
 * split as they go). */
/* Best date column of table t for this question (verbs like "signed up",
 * "issued" pick a column), or -1. */
int ground_date_col(const catalog *cat, const ground_index *gx, int t, const toks *q);
/* The same, with the column's score (words of the question naming it). */
int ground_date_col_score(const catalog *cat, const ground_index *gx, int t, const toks *q,
                          int *score);
/* The same, and *named: the points the question's event words give the
 * column ("delivered" ~ deliveredAt, "borrowed" ~ loaned_on: 8 or more),
 * not counting the table's own name; 0 when no word names it. */
int ground_date_col_named(const catalog *cat, const ground_index *gx, int t, const toks *q,
                          int *score, int *named);
/* Mark used the words naming date column c's event ("booked" for
 * createdAt, "checked out" for loaned_on); returns how many. */
int ground_mark_event_words(const catalog *cat, const ground_index *gx, qcol c, toks *q);
/* The first word naming date column c's event, or -1. */
int ground_event_word_pos(const catalog *cat, const ground_index *gx, qcol c, const toks *q);
/* Does word k name date column c's event (the table's own name too)? */
int ground_event_word_at(const catalog *cat, const ground_index *gx, qcol c, const toks *q,
                         size_t k);
/* Which of two date columns usually holds the later date, by their sample
 * values: -1 a is earlier, 1 a is later, 0 unknown or alike. */
int ground_date_order(const catalog *cat, qcol a, qcol b);
/* A measure for a concept; prefer table `near` (or tables close to it).
 * Returns 0 and fills m1 (and m2 for a product), or -1. */
int ground_concept(const catalog *cat, const ground_index *gx, lex_concept con, int near, qcol *m1,
                   qcol *m2);
/* Among candidate columns, the one nearest table `near`; index into alts. */
int ground_nearest(const catalog *cat, const ground_index *gx, const qcol *alts, int n, int near);

#endif
