/* reader.h: turns one question into a query (what is measured, grouped,
 * filtered) using the lexicon, the time parser and grounding. */
#ifndef DBT_ENGINE_READER_H
#define DBT_ENGINE_READER_H

#include "catalog.h"
#include "query.h"

#define READ_CHOICES 4

/* What a question said on its own, before follow-up merging. */
typedef struct reading {
    query q;
    int has_subject;     /* names its own measure or counted table */
    int has_agg_word;    /* said count/sum/average/... explicitly */
    int has_dims;        /* said how to group (by X / bucket) */
    int has_range;       /* said a date range */
    int has_limit;       /* said top/bottom N */
    int followup_cue;    /* starts like a follow-up (now, only, what about...) */
    int add_cue;         /* starts "add ...", "also show ...": a measure beside the one before */
    int restrict_cue;    /* a word that narrows the rows (only, just, excluding, ignoring, ...) in
                          * words that ask nothing themselves (no "how", "what", "list" first) */
    int instead_of;      /* says "instead of": what follows names what the answer replaces */
    int all_time;        /* "for all time", "across all years": no date range */
    int also;            /* "also by service", "by service too": adds to what was before */
    int compares;        /* says "compare", "vs", "versus" */
    int best_worst;      /* says "best" (1) or "worst" (2): which end depends on the measure */
    int sort;            /* "sorted from highest to lowest", "largest first": 1 descending,
                          * 2 ascending; 0 not said */
    q_agg kw_agg;        /* the aggregate its words asked for, or AGG_NONE */
    int nmentions;       /* grounded words */
    int unknown_words;   /* content words grounded to nothing */
    int unplaced;        /* grounded words the reading could not use */
    int ignored;         /* mentions whose table or column the query does not use */
    int risky;           /* unknown words that may change the meaning */
    int guessed_count;   /* counts rows though no word asked for a count */
    char unsupported[32];/* a word asking for an operation the engine lacks */
    char unknown[96];    /* some of those words, for the hint */
    char ambiguous[160]; /* two readings scored alike: which one it took, for the note */
    char why[160];       /* what the reading could not decide ("whether 'from Elm Street' goes
                          * along legs.a_stop_id or legs.b_stop_id"), for the refusal */
    char hint[96];       /* what to try instead, when naming a column is not it */
    int nchoices;        /* readings of the first ambiguous mention, the default first; 0: none */
    char choices[READ_CHOICES][128]; /* each as a label: "tickets.state = 'open'" */
    int force;           /* input (reader_read_choice): take choices[force] instead */
} reading;

/* Read a question. Returns 0, or -1 when nothing in it matched the catalog. */
/* gx: the catalog's grounding index (ground.h), or NULL. */
struct ground_index;
int reader_read(const catalog *cat, const struct ground_index *gx, const char *question,
                const char *as_of, const query *prev, reading *r);
/* The same, reading the first ambiguous mention as its choice-th reading
 * (0: the default one; out of range: the default one). */
int reader_read_choice(const catalog *cat, const struct ground_index *gx, const char *question,
                       const char *as_of, const query *prev, int choice, reading *r);

#endif
