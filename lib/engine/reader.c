/* reader.c: reads one question: keywords (aggregates, top/bottom N,
 * grouping, comparisons), time, then grounded mentions take roles (measure,
 * counted table, dimension, filter, threshold) and become a query. The
 * stages run here in order; read_state.h says which file holds each. */
#include "reader.h"

#include <string.h>
#include "read_state.h"

int reader_read(const catalog *cat, const ground_index *gx, const char *question,
                const char *as_of, const query *prev, reading *r)
{
    return reader_read_choice(cat, gx, question, as_of, prev, 0, r);
}

/* the stages in the order they run; each returns -1 when the question
 * cannot be read */
static int (*const stages[])(read_state *s) = {
    read_cues, read_mentions, read_included,
    read_roles,          /* 1. roles from the words before each mention */
    read_measure,        /* 2. measure */
    read_counted,        /* 3. the counted table */
    read_base, read_events, read_related_rows,                  /* 4. base table */
    read_dims,           /* 5. dimensions */
    read_filters, read_flags, read_null_words, read_had_amounts, read_date_states, read_states,   /* 6. filters */
    read_drop_included,
    read_aggregate,      /* 8. aggregate, order, limit */
    read_money_states,   /* (a filter that needs the aggregate) */
    read_shapes, read_role_keys,   /* 9. shapes: durations, rates and shares, comparisons */
    read_time,           /* 7. time */
    read_final_checks,
};

int reader_read_choice(const catalog *cat, const ground_index *gx, const char *question,
                       const char *as_of, const query *prev, int choice, reading *r)
{
    read_state s = {.cat = cat, .gx = gx, .jg = ground_joins(gx), .question = question,
                    .as_of = as_of, .prev = prev, .r = r, .q = &r->q};
    memset(r, 0, sizeof *r);
    r->force = choice;
    query *q = &r->q;
    q->base = -1;
    q->m1 = q->m2 = q->tcol = (qcol){-1, -1};

    for (size_t i = 0; i < sizeof stages / sizeof *stages; i++)
        if (stages[i](&s) < 0)
            return -1;
    return 0;
}
