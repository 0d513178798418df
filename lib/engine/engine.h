/* engine.h: stage 3, the built-in question engine. Offline and
 * deterministic: it turns a cleaned English question into one SELECT,
 * grounded only in the catalog (names, types, keys, sample values) and the
 * conversation so far (follow-ups refine the previous question).
 * Internal to libdatabot. */
#ifndef DBT_ENGINE_H
#define DBT_ENGINE_H

#include "databot.h"
#include "catalog.h"

typedef struct engine engine;

/* dialect: "sqlite" or "postgres". The catalog must outlive the engine. */
engine *engine_new(const catalog *cat, const char *dialect);
void engine_free(engine *e);

/* Generate SQL for a question (already cleaned: valid UTF-8, no control
 * characters, trimmed). as_of is the reference date "YYYY-MM-DD" for
 * relative dates. On success returns 0, sets *sql (malloc'd) and *note
 * (malloc'd one-line reading of the question such as "sum of
 * order_items.quantity * unit_price by month, 2024", or NULL), and
 * remembers the question as context for the next one. On failure returns -1
 * with err->code DBT_ERR_NOT_UNDERSTOOD and a message with a hint, and the
 * context is unchanged. */
int engine_generate(engine *e, const char *question, const char *as_of,
                    char **sql, char **note, dbt_error *err);

/* Forget the conversation (\clear). */
void engine_reset(engine *e);

#endif
