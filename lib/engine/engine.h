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

/* How sure the last engine_generate was of its reading, 0-100 (100 for a
 * semantic-file example; 0 after a refusal). */
int engine_last_confidence(const engine *e);

/* Readings of an ambiguous word, as labels ("tickets.state = 'open'"), the
 * one taken by default first; n == 0 when the question read one way only. */
#define ENGINE_CHOICES 4
typedef struct engine_choices {
    size_t n;
    char label[ENGINE_CHOICES][128];
} engine_choices;

/* engine_generate, and more: choice < 0 reads a new question (as
 * engine_generate does); choice >= 0 re-reads the question last generated
 * as its choice-th reading (0: the default), in the conversation as it was
 * before that question, so the chosen reading replaces it as the context
 * of follow-ups. choices (may be NULL) receives the readings. */
int engine_generate_choice(engine *e, const char *question, const char *as_of, int choice,
                           char **sql, char **note, engine_choices *choices, dbt_error *err);

/* Forget the conversation (\clear). */
void engine_reset(engine *e);

#endif
