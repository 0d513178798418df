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

#endif
