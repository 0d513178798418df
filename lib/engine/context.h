/* context.h: follow-up questions: merging a new reading into the previous
 * query ("now by month", "only for Germany", "top 10 instead"). */
#ifndef DBT_ENGINE_CONTEXT_H
#define DBT_ENGINE_CONTEXT_H

#include "catalog.h"
#include "query.h"
#include "reader.h"

/* Is r a refinement of prev (rather than a fresh question)? */
int context_is_followup(const query *prev, const reading *r);

/* out = prev refined by r. */
void context_merge(const catalog *cat, const query *prev, const reading *r, query *out);

/* What in r the merged query cannot apply to prev (a measure it names
 * but does not use, a share of another whole), or NULL. */
const char *context_conflict(const query *prev, const reading *r, const query *merged,
                             const char *question);

/* Is less of prev's measure better (a delay, a cancellation rate, a
 * count of complaints)? Then its "worst" is its highest. */
int context_lower_is_better(const catalog *cat, const query *q);

/* "which one was worst?", "who taught the most?": prev's first group by
 * its measure, when every other word is a stop word or a word of
 * prev_question that names nothing else of the tables prev reads. Sets
 * out and returns 1; 0 when the question is not of that form. */
int context_pick_one(const catalog *cat, const query *prev, const char *prev_question,
                     const char *question, query *out);

#endif
