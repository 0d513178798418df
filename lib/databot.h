/* databot.h: the public API of libdatabot, the terminal data analyst's core.
 *
 * A session is a conversation on one database. dbt_ask() turns a question
 * into a plan (stages 1-4: understand, retrieve, generate, guard); the front
 * end shows the plan's SQL and asks for confirmation; dbt_run() executes it
 * read-only and returns the answer (stages 5-7).
 *
 * Ownership, in one line: every pointer a dbt_*_new/open/ask/run/describe
 * call returns belongs to the caller and is freed with the matching _free or
 * dbt_close; every const char * an accessor returns belongs to the object it
 * came from and lives as long as that object.
 *
 * Errors: a fallible call returns NULL or -1 and fills the dbt_error the
 * caller passed (which may be NULL) with a code and a message a person can
 * act on. The library never prints, never exits and keeps no globals.
 */
#ifndef DATABOT_H
#define DATABOT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error codes: append only, never renumber. */
typedef enum {
    DBT_OK = 0,
    DBT_ERR_USAGE,          /* the caller passed something invalid */
    DBT_ERR_NOMEM,          /* out of memory */
    DBT_ERR_INPUT,          /* the question text is unusable (empty, too long) */
    DBT_ERR_NOT_UNDERSTOOD, /* the question engine could not answer it */
    DBT_ERR_REFUSED,        /* the guard refused the SQL */
    DBT_ERR_OPEN,           /* the database could not be opened */
    DBT_ERR_DB,             /* the database rejected or failed the query */
    DBT_ERR_TIMEOUT,        /* the time limit ended the query */
    DBT_ERR_CANCELLED,      /* dbt_cancel() stopped the query */
    DBT_ERR_IO              /* a file could not be written */
} dbt_code;

typedef struct dbt_error {
    dbt_code code;
    char message[1024];
} dbt_error;

/* A short, fixed description of a code ("SQL refused"). */
const char *dbt_strerror(dbt_code code);

/* Settings for a session; dbt_config_init() fills the defaults. */
typedef struct dbt_config {
    long timeout_ms;       /* time limit per query; 0 = none (default 30000) */
    long max_rows;         /* row cap per answer; 0 = none (default 10000) */
    int offline;           /* never touch the network (default 0) */
    const char *as_of;     /* reference date YYYY-MM-DD for "last month"; NULL = today */
} dbt_config;

void dbt_config_init(dbt_config *cfg);

typedef struct dbt_session dbt_session;
typedef struct dbt_plan dbt_plan;
typedef struct dbt_answer dbt_answer;

/* Open a database read-only. target: a SQLite file path (or file: URI). */
dbt_session *dbt_open(const char *target, const dbt_config *cfg, dbt_error *err);
void dbt_close(dbt_session *s);

/* Which SQL dialect the session's database speaks: "sqlite" or "postgres". */
const char *dbt_session_dialect(const dbt_session *s);

/* Stages 1-4: a question in plain English becomes a checked plan. Follow-up
 * questions ("now by month", "only Germany") refine the previous one. */
dbt_plan *dbt_ask(dbt_session *s, const char *question, dbt_error *err);

/* Forget the conversation: the next question starts fresh (\clear). */
void dbt_session_reset(dbt_session *s);

/* A plan from SQL the person wrote (--sql, \sql): stage 4 only. */
dbt_plan *dbt_plan_from_sql(dbt_session *s, const char *sql, dbt_error *err);

/* Replace the plan's SQL with the person's edit; it passes the guard again.
 * On failure the plan keeps its previous SQL. */
int dbt_plan_edit(dbt_session *s, dbt_plan *p, const char *sql, dbt_error *err);

const char *dbt_plan_sql(const dbt_plan *p);
const char *dbt_plan_question(const dbt_plan *p);   /* NULL for SQL plans */
const char *dbt_plan_note(const dbt_plan *p);       /* how the engine read it; may be NULL */
void dbt_plan_free(dbt_plan *p);

/* Stages 5-7: run the plan read-only within the limits. */
dbt_answer *dbt_run(dbt_session *s, const dbt_plan *p, dbt_error *err);

/* Stop the query running in s from another thread or a signal handler:
 * async-signal-safe, it only sets a flag the driver polls. */
void dbt_cancel(dbt_session *s);

/* Values in an answer. Text is UTF-8 as stored (it may be invalid UTF-8 or
 * hold control characters: sanitise before showing it). */
typedef enum { DBT_NULL = 0, DBT_INT, DBT_REAL, DBT_TEXT, DBT_BLOB } dbt_type;

typedef struct dbt_value {
    dbt_type type;
    int64_t i;          /* DBT_INT */
    double r;           /* DBT_REAL */
    const char *s;      /* DBT_TEXT, DBT_BLOB: bytes, NUL-terminated for text */
    size_t len;         /* DBT_TEXT, DBT_BLOB: length in bytes */
} dbt_value;

size_t dbt_answer_columns(const dbt_answer *a);
size_t dbt_answer_rows(const dbt_answer *a);
const char *dbt_answer_column_name(const dbt_answer *a, size_t col);
/* DBT_INT or DBT_REAL when every non-NULL value in the column is numeric,
 * DBT_TEXT or DBT_BLOB otherwise, DBT_NULL when the column is all NULL. */
dbt_type dbt_answer_column_type(const dbt_answer *a, size_t col);
const dbt_value *dbt_answer_value(const dbt_answer *a, size_t row, size_t col);
int dbt_answer_truncated(const dbt_answer *a);      /* the row cap cut it */
double dbt_answer_elapsed_ms(const dbt_answer *a);
const char *dbt_answer_sql(const dbt_answer *a);    /* NULL for catalog listings */
void dbt_answer_free(dbt_answer *a);

/* The catalog as answers, for \tables and \d: no query is run. */
dbt_answer *dbt_list_tables(dbt_session *s, dbt_error *err);
dbt_answer *dbt_describe_table(dbt_session *s, const char *table, dbt_error *err);

/* Table and column names, for completion: NULL-terminated, owned by s,
 * valid until dbt_close. */
const char *const *dbt_session_names(dbt_session *s);

/* libdatabot's version, e.g. "0.1.0". */
const char *dbt_version(void);

#ifdef __cplusplus
}
#endif
#endif
