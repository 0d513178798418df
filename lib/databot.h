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
#include <stdio.h>
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
    DBT_ERR_IO,             /* a file could not be written */
    DBT_ERR_PROVIDER        /* the language model's service failed or answered nonsense */
} dbt_code;

typedef struct dbt_error {
    dbt_code code;
    char message[1024];
} dbt_error;

/* A short, fixed description of a code ("SQL refused"). */
const char *dbt_strerror(dbt_code code);

/* Progress of a slow stage (a model request), for the front ends: what
 * happens, and a text (the endpoint's name, a streamed piece of the reply,
 * a retry's reason). Return non-zero to cancel. Called on the asking thread. */
typedef enum {
    DBT_PROGRESS_REQUEST,   /* a request to a model starts: text is "provider:model" */
    DBT_PROGRESS_TEXT,      /* a piece of the streamed reply */
    DBT_PROGRESS_RETRY,     /* waiting before a retry: text says why */
    DBT_PROGRESS_CORRECT,   /* the SQL was rejected and goes back to the model */
    DBT_PROGRESS_FALLBACK   /* this endpoint failed; the next in the chain answers */
} dbt_progress_kind;
typedef int (*dbt_progress_fn)(void *ctx, dbt_progress_kind kind, const char *text);

/* Settings for a session; dbt_config_init() fills the defaults. */
typedef struct dbt_config {
    long timeout_ms;       /* time limit per query; 0 = none (default 30000) */
    long max_rows;         /* row cap per answer; 0 = none (default 10000) */
    int offline;           /* never touch the network (default 0) */
    const char *as_of;     /* reference date YYYY-MM-DD for "last month"; NULL = today */
    const char *schemas;   /* PostgreSQL: schemas to read besides the search_path,
                              comma-separated (--schema); NULL = the search_path */
    const char *deny_tables; /* tables no query may read, comma-separated
                              (--deny-table); NULL = none */
    const char *semantic_path; /* the semantic file (--semantic); NULL = DATABASE.databot.json
                              beside a SQLite file when there is one; "" = none */
    /* Asked for a password when the server wants one and none was given
     * (NULL = never ask): fill buf (NUL-terminated) and return 0, or -1.
     * The library itself never reads the terminal. */
    int (*password)(void *ctx, const char *prompt, char *buf, size_t size);
    void *password_ctx;

    /* Language models (stage 3). With model NULL (or offline) only the
     * built-in engine answers. The library reads no environment: the front
     * end resolves keys, models and paths and passes them here. The strings
     * must outlive the session, except the keys: they are copied at
     * dbt_open, wiped at dbt_close and never reach an error message. */
    const char *model;             /* "PROVIDER:MODEL[@URL]", e.g. "openai:gpt-4o" */
    const char *base_url;          /* overrides model's default URL */
    const char *fallback;          /* comma-separated PROVIDER:MODEL[@URL] after model */
    const char *model_simple;      /* a cheaper model for simple questions, or NULL */
    const char *embeddings;        /* "PROVIDER:MODEL[@URL]" of an OpenAI-compatible embeddings
                                      endpoint ranking the schema for the model's prompt, or
                                      NULL (words alone); its server is @URL, else that of the
                                      chat model of the same provider, else the provider's */
    const char *openai_api_key;    /* for openai (and openrouter) */
    const char *anthropic_api_key;
    const char *cache_path;        /* SQLite file of cached model answers; NULL = no cache */
    long cache_ttl_s;              /* cache lifetime (default 3600) */
    const char *memory_path;       /* SQLite file of confirmed question->SQL pairs; NULL = none */
    long llm_timeout_ms;           /* whole-request limit (default 60000) */
    long llm_connect_timeout_ms;   /* default 10000 */
    int llm_retries;               /* retries on 429/5xx/timeouts (default 2) */
    long llm_max_tokens;           /* bound on output tokens (default 1024) */
    long schema_budget;            /* tokens of schema in a prompt (default 3000) */
    int no_sample_values;          /* keep the database's values out of prompts */
    const char *prices;            /* "MODEL=IN/OUT,..." dollars per million tokens */
    int engine_threshold;          /* the built-in engine answers without a model call when
                                      its confidence (0-100) is at least this (default 90;
                                      101 = always ask the model) */
    int llm_insights;              /* dbt_narrate may send insight sentences to the model */
    dbt_progress_fn progress;      /* may be NULL; set, replies are streamed */
    void *progress_ctx;

    /* The audit log: one JSON line per executed statement (and per SQL of
     * the person's the guard refused) appended to audit_path, created mode
     * 0600 (folders 0700); NULL = no log. audit_database names the
     * database in it: the front end passes it with any password removed. */
    const char *audit_path;
    const char *audit_database;
    /* The scan limit: dbt_run, dbt_run_to_stream and dbt_export refuse
     * (DBT_ERR_REFUSED) a plan whose full scans the planner expects to read
     * more than this many rows (PostgreSQL: rows of Seq Scans), unless the
     * person confirmed it (dbt_plan_allow_scan). 0 = no limit
     * (default 1000000). */
    long max_scan_rows;
} dbt_config;

void dbt_config_init(dbt_config *cfg);

typedef struct dbt_session dbt_session;
typedef struct dbt_plan dbt_plan;
typedef struct dbt_answer dbt_answer;

/* Open a database read-only. target: a SQLite file path (or file: URI). */
dbt_session *dbt_open(const char *target, const dbt_config *cfg, dbt_error *err);
void dbt_close(dbt_session *s);

/* The semantic file the session loaded, or NULL. */
const char *dbt_semantic_path(const dbt_session *s);
/* A starter semantic file from the session's catalog (--init-semantic),
 * malloc'd JSON for a person to edit; NULL when out of memory. */
char *dbt_semantic_starter(const dbt_session *s);

/* Which SQL dialect the session's database speaks: "sqlite" or "postgres". */
const char *dbt_session_dialect(const dbt_session *s);

/* Stages 1-4: a question in plain English becomes a checked plan. Follow-up
 * questions ("now by month", "only Germany") refine the previous one. */
dbt_plan *dbt_ask(dbt_session *s, const char *question, dbt_error *err);

/* Ambiguity: when a word of the question reads two ways alike, the
 * built-in engine takes the first reading (its note says which) and the
 * plan lists the readings, the one taken first, as short labels such as
 * "tickets.state = 'open'"; dbt_plan_choices is 0 when the question read
 * one way only. dbt_ask_choice asks the question just asked again as its
 * choice-th reading (0: the default), in the conversation as it was before
 * that question: the chosen reading is what follow-ups then refine. */
size_t dbt_plan_choices(const dbt_plan *p);
const char *dbt_plan_choice(const dbt_plan *p, size_t i);   /* NULL when i is out of range */
dbt_plan *dbt_ask_choice(dbt_session *s, const char *question, size_t choice, dbt_error *err);
/* Which reading a plan is: the choice it was asked as (0: the default). */
size_t dbt_plan_reading(const dbt_plan *p);

/* What would be sent to the first model for question (\prompt,
 * --show-prompt), as readable text, sending nothing; keys are never in it.
 * malloc'd, or NULL with err (DBT_ERR_USAGE when no model is configured or
 * the session is offline). */
char *dbt_prompt_text(dbt_session *s, const char *question, dbt_error *err);

/* Forget the conversation: the next question starts fresh (\clear). */
void dbt_session_reset(dbt_session *s);

/* A plan from SQL the person wrote (--sql, \sql): stage 4 only. */
dbt_plan *dbt_plan_from_sql(dbt_session *s, const char *sql, dbt_error *err);

/* Replace the plan's SQL with the person's edit; it passes the guard again.
 * On failure the plan keeps its previous SQL. */
int dbt_plan_edit(dbt_session *s, dbt_plan *p, const char *sql, dbt_error *err);

const char *dbt_plan_sql(const dbt_plan *p);
/* The database planner's estimate of what the plan will read, in a line
 * ("reads about 45,335 rows: full scan of order_items (45,335); 1 sort"),
 * asked of the database the first time (no row is read); NULL when the
 * planner cannot say. Valid until the plan is edited or freed. */
const char *dbt_plan_estimate(dbt_session *s, dbt_plan *p);
/* The rows the plan's full scans would read when that is over the
 * session's max_scan_rows (and the person has not allowed it), else 0.
 * Asks the planner like dbt_plan_estimate. Interactive front ends ask the
 * person and call dbt_plan_allow_scan; batch front ends let dbt_run refuse. */
long long dbt_plan_over_limit(dbt_session *s, dbt_plan *p);
/* The person confirmed: dbt_run runs p whatever its scans (until edited). */
void dbt_plan_allow_scan(dbt_plan *p);
const char *dbt_plan_question(const dbt_plan *p);   /* NULL for SQL plans */
const char *dbt_plan_note(const dbt_plan *p);       /* how the engine read it; may be NULL */
/* Who wrote the SQL: "engine", "sql" (the person), "cache", "memory", or
 * the model's "provider:model". */
const char *dbt_plan_source(const dbt_plan *p);
/* Tokens this plan cost (0 without a model) and dollars (-1 unknown price). */
long dbt_plan_tokens_in(const dbt_plan *p);
long dbt_plan_tokens_out(const dbt_plan *p);
double dbt_plan_cost(const dbt_plan *p);

/* The person ran the plan and kept the answer: remember its question and
 * SQL (cfg.memory_path) as an example for later questions. 0, or -1. */
int dbt_remember(dbt_session *s, const dbt_plan *p, dbt_error *err);

/* What the session's models cost so far (\stats). */
typedef struct dbt_stats {
    long questions;        /* dbt_ask calls that made a plan */
    long requests;         /* HTTP requests to models, retries included */
    long cache_hits, memory_hits;
    long corrections;      /* rejected SQL sent back to a model */
    long fallbacks;        /* questions the built-in engine answered after a model failed */
    long engine_answers;   /* questions the confident engine answered with no request */
    long tokens_in, tokens_out;
    double cost;           /* dollars; unknown prices count 0 */
} dbt_stats;
void dbt_session_stats(const dbt_session *s, dbt_stats *out);
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

/* Stage 6, the chart that fits the answer: "none", "bar", "grouped",
 * "stacked", "proportion", "line", "histogram", "scatter" or "kpi". */
const char *dbt_answer_chart_type(const dbt_answer *a);
/* Choose the chart by name ("auto", "none" or a type above); -1 with a
 * message when the answer cannot be drawn that way. */
int dbt_answer_set_chart(dbt_answer *a, const char *type, dbt_error *err);
/* The chart drawn in width x height cells as text lines (*out malloc'd; ""
 * when there is no chart). utf8: Unicode glyphs, else ASCII; ansi: colour
 * the series with SGR sequences. */
int dbt_answer_render_chart(const dbt_answer *a, int width, int height, int utf8, int ansi,
                            char **out, dbt_error *err);
/* The same into the caller's width*height arrays: a code point per cell
 * (0 for the right half of a wide character) and a colour index (0 none,
 * 1.. the series). For full-screen front ends. */
int dbt_answer_chart_cells(const dbt_answer *a, int width, int height, int utf8,
                           uint32_t *cp, unsigned char *color);
/* The chart as JSON ({"type":..., "labels":[...], "series":[...]}), malloc'd. */
int dbt_answer_chart_json(const dbt_answer *a, char **out);
/* Stage 7, insights: at most five sentences, best first. */
size_t dbt_answer_insights(const dbt_answer *a);
const char *dbt_answer_insight(const dbt_answer *a, size_t i);
const char *dbt_answer_insight_kind(const dbt_answer *a, size_t i);   /* "change", "outlier", ... */
/* [{"kind":..., "sentence":..., "confidence":...}, ...], malloc'd. */
int dbt_answer_insights_json(const dbt_answer *a, char **out);
/* --llm-insights (cfg.llm_insights with a model, not offline): the model's
 * two sentences of narrative and at most one "Suggestion:", written from the
 * question, the SQL, the column names and the insight sentences (never the
 * rows); NULL when off, when there are no insights, or when the model failed. */
const char *dbt_answer_narrative(const dbt_answer *a);

/* The catalog as answers, for \tables and \d: no query is run. */
dbt_answer *dbt_list_tables(dbt_session *s, dbt_error *err);
dbt_answer *dbt_describe_table(dbt_session *s, const char *table, dbt_error *err);
/* The remembered question -> SQL pairs of this database (n, question, sql),
 * oldest first; NULL with err (DBT_ERR_USAGE when memory is off). */
dbt_answer *dbt_memory_list(dbt_session *s, dbt_error *err);
/* Forget a remembered pair, named by its question or by its number in
 * dbt_memory_list; how many went (0 when none matched), or -1 with err. */
int dbt_forget(dbt_session *s, const char *what, dbt_error *err);

/* Table and column names, for completion: NULL-terminated, owned by s,
 * valid until dbt_close. */
const char *const *dbt_session_names(dbt_session *s);

/* ---- exports ----------------------------------------------------------
 * dbt_export runs a plan's SQL again, without the display row cap, and
 * streams the rows straight from the database into a file: xlsx (typed
 * cells, a native chart, an "About" sheet), CSV, TSV, JSON (an array of
 * objects), NDJSON or Markdown. It writes a temporary file next to path
 * and renames it into place only when everything was written, so a
 * failure or dbt_cancel() never leaves a partial file. */
typedef enum {
    DBT_EXPORT_AUTO = 0,   /* from path's extension */
    DBT_EXPORT_XLSX,
    DBT_EXPORT_CSV,
    DBT_EXPORT_TSV,
    DBT_EXPORT_JSON,
    DBT_EXPORT_NDJSON,
    DBT_EXPORT_MARKDOWN
} dbt_export_format;

typedef struct dbt_export_opts {
    dbt_export_format format;  /* DBT_EXPORT_AUTO: .xlsx .csv .tsv .json .ndjson .md */
    int force;                 /* replace an existing file (else DBT_ERR_IO) */
    long max_rows;             /* 0 = every row; else stop after max_rows */
    /* Called now and then (at most every 100 ms) with the rows written so
     * far, and once at the end with done = 1; may be NULL. */
    void (*progress)(void *ctx, uint64_t rows, int done);
    void *progress_ctx;
    const char *question;      /* for the About sheet; NULL: the plan's question */
    const char *database;      /* the database's name, for the About sheet */
    const char *chart;         /* xlsx chart kind (the terminal chart's name: "bar",
                                  "grouped", "stacked", "proportion", "line",
                                  "histogram", "scatter"; "none"); NULL: the shown
                                  answer's chart, else guessed from the rows */
    const char *const *insights;  /* NULL-terminated sentences for the About sheet;
                                     NULL: the shown answer's insights */
} dbt_export_opts;

void dbt_export_opts_init(dbt_export_opts *o);
/* "xlsx", "csv", "tsv", "json", "ndjson", "md"/"markdown": 0 and *f, or -1. */
int dbt_export_format_parse(const char *name, dbt_export_format *f);
/* The format a file name's extension implies (case-insensitive), or -1. */
int dbt_export_format_from_path(const char *path, dbt_export_format *f);
const char *dbt_export_format_name(dbt_export_format f);

/* Export the rows of p's SQL to path. shown: the answer on screen (may be
 * NULL); when it already holds every row it is written as is, without
 * running the query again. Returns 0, 1 when opts->max_rows cut the
 * export short, or -1 with err: DBT_ERR_IO (cannot write, or path exists
 * and not force), DBT_ERR_USAGE (unknown format), DBT_ERR_CANCELLED,
 * DBT_ERR_DB, DBT_ERR_TIMEOUT, DBT_ERR_NOMEM. */
int dbt_export(dbt_session *s, const dbt_plan *p, const dbt_answer *shown, const char *path,
               const dbt_export_opts *opts, dbt_error *err);

/* Run a plan and stream its rows straight to out in a text format (CSV,
 * TSV, JSON, NDJSON, Markdown) as they arrive, within the session's row cap
 * and time limit: a big result never lands in memory. Returns 0, 1 when
 * the row cap cut it, or -1 with err. */
int dbt_run_to_stream(dbt_session *s, const dbt_plan *p, FILE *out, dbt_export_format fmt,
                      dbt_error *err);

/* For `databot doctor`: is the configured model reachable? Fills what with
 * a one-line finding and returns 0, or -1 with err saying what to fix.
 * Sends a one-token request, nothing from the database. */
int dbt_model_check(const dbt_config *cfg, char *what, size_t n, dbt_error *err);

/* libdatabot's version, e.g. "0.1.0". */
const char *dbt_version(void);

#ifdef __cplusplus
}
#endif
#endif
