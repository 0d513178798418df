/* options.c: parsing the command line into options (see options.h) and
 * the --help text. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* the language-model options (issue 4) */
enum { OPT_MODEL = 200, OPT_BASE_URL, OPT_FALLBACK, OPT_MODEL_SIMPLE, OPT_NO_CACHE, OPT_NO_MEMORY, OPT_NO_SAMPLE_VALUES,
       OPT_LLM_TIMEOUT };

/* model cost and transparency: --engine-threshold, --show-prompt, --price, --llm-insights */
enum { OPT_ENGINE_THRESHOLD = 240, OPT_SHOW_PROMPT, OPT_PRICE, OPT_LLM_INSIGHTS };

enum { OPT_SQL = 256, OPT_SQL_ONLY, OPT_MAX_ROWS, OPT_TIMEOUT, OPT_AS_OF, OPT_OFFLINE,
       OPT_PRINT_CONFIG, OPT_LIST_CONNECTIONS, OPT_RESUME, OPT_CHART, OPT_NO_COLOR, OPT_SCHEMA, OPT_DENY_TABLE };

/* the export options (-o, --output-format, --force) */
enum { OPT_OUTPUT_FORMAT = 400, OPT_FORCE };

/* the interface choice (--plain, --tui) */
enum { OPT_PLAIN = 450, OPT_TUI };

/* the semantic file (--semantic, --init-semantic) */
enum { OPT_SEMANTIC = 470, OPT_INIT_SEMANTIC };

/* the audit log and the scan limit (--no-audit, --max-scan-rows) */
enum { OPT_NO_AUDIT = 520, OPT_MAX_SCAN_ROWS };

/* schema retrieval with embeddings (--embeddings) */
enum { OPT_EMBEDDINGS = 610 };

static const struct option long_options[] = {
    { "execute", required_argument, NULL, 'e' },
    { "sql", required_argument, NULL, OPT_SQL },
    { "sql-only", no_argument, NULL, OPT_SQL_ONLY },
    { "yes", no_argument, NULL, 'y' },
    { "format", required_argument, NULL, 'f' },
    { "output", required_argument, NULL, 'o' },
    { "output-format", required_argument, NULL, OPT_OUTPUT_FORMAT },
    { "force", no_argument, NULL, OPT_FORCE },
    { "max-rows", required_argument, NULL, OPT_MAX_ROWS },
    { "max-scan-rows", required_argument, NULL, OPT_MAX_SCAN_ROWS },
    { "no-audit", no_argument, NULL, OPT_NO_AUDIT },
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "as-of", required_argument, NULL, OPT_AS_OF },
    { "offline", no_argument, NULL, OPT_OFFLINE },
    { "model", required_argument, NULL, OPT_MODEL },
    { "base-url", required_argument, NULL, OPT_BASE_URL },
    { "fallback", required_argument, NULL, OPT_FALLBACK },
    { "model-simple", required_argument, NULL, OPT_MODEL_SIMPLE },
    { "embeddings", required_argument, NULL, OPT_EMBEDDINGS },
    { "no-cache", no_argument, NULL, OPT_NO_CACHE },
    { "no-memory", no_argument, NULL, OPT_NO_MEMORY },
    { "no-sample-values", no_argument, NULL, OPT_NO_SAMPLE_VALUES },
    { "llm-timeout", required_argument, NULL, OPT_LLM_TIMEOUT },
    { "engine-threshold", required_argument, NULL, OPT_ENGINE_THRESHOLD },
    { "show-prompt", no_argument, NULL, OPT_SHOW_PROMPT },
    { "price", required_argument, NULL, OPT_PRICE },
    { "llm-insights", no_argument, NULL, OPT_LLM_INSIGHTS },
    { "schema", required_argument, NULL, OPT_SCHEMA },
    { "deny-table", required_argument, NULL, OPT_DENY_TABLE },
    { "semantic", required_argument, NULL, OPT_SEMANTIC },
    { "init-semantic", optional_argument, NULL, OPT_INIT_SEMANTIC },
    { "chart", required_argument, NULL, OPT_CHART },
    { "no-color", no_argument, NULL, OPT_NO_COLOR },
    { "plain", no_argument, NULL, OPT_PLAIN },
    { "tui", no_argument, NULL, OPT_TUI },
    { "quiet", no_argument, NULL, 'q' },
    { "resume", required_argument, NULL, OPT_RESUME },
    { "print-config", no_argument, NULL, OPT_PRINT_CONFIG },
    { "list-connections", no_argument, NULL, OPT_LIST_CONNECTIONS },
    { "version", no_argument, NULL, 'V' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
};

void options_usage(FILE *f)
{
    fputs("Usage: databot [OPTION]... DATABASE\n"
          "       databot [OPTION]... @CONNECTION\n"
          "       databot doctor [DATABASE]     check the terminal, config and database\n"
          "       databot purge                 delete the files databot wrote for you\n"
          "Ask questions in plain English about a SQLite or PostgreSQL database; databot\n"
          "shows the SQL it would run, runs it read-only once you confirm, and prints the\n"
          "answer. DATABASE is a SQLite file, or a PostgreSQL postgres:// URI or libpq\n"
          "connection string (\"host=db dbname=shop\", \"service=NAME\").\n"
          "\n"
          "With a terminal, databot starts an interactive prompt. Otherwise it answers\n"
          "the -e questions and --sql queries, or questions read one per line from\n"
          "standard input.\n"
          "\n"
          "  -e, --execute=QUESTION   ask QUESTION; repeatable, the questions form one conversation\n"
          "      --sql=QUERY          run QUERY as written (it still passes the read-only guard); repeatable\n"
          "      --sql-only           print the SQL each question would run, run nothing\n"
          "  -y, --yes                run without asking for confirmation (implied in batch mode)\n"
          "  -f, --format=FORMAT      table (default), csv, json or markdown\n"
          "  -o, --output=FILE        also export each answer, every row, to FILE (format from\n"
          "                           its extension; with several answers FILE, FILE-2, ...)\n"
          "      --output-format=FMT  xlsx, csv, tsv, json, ndjson or md, whatever FILE's name\n"
          "      --force              let -o replace an existing file, and run queries over\n"
          "                           the scan limit without asking\n"
          "      --max-rows=N         stop after N rows and mark the answer truncated\n"
          "                           (default 10000; 0 = no cap)\n"
          "      --max-scan-rows=N    refuse (batch) or ask before (interactive) a query whose\n"
          "                           full table scans read more than N rows, by the planner's\n"
          "                           estimate (default 1000000; 0 = no limit)\n"
          "      --no-audit           do not record executed statements in the audit log\n"
          "      --timeout=SECONDS    time limit per query (default 30; 0 = none)\n"
          "      --as-of=DATE         reference date YYYY-MM-DD for relative dates such as\n"
          "                           \"last month\" (default: today)\n"
          "      --offline            never use the network (the built-in engine only)\n"
          "      --model=PROVIDER:MODEL  ask a language model for the SQL, e.g. openai:gpt-4o,\n"
          "                           anthropic:claude-sonnet-4-5, ollama:qwen2.5-coder\n"
          "      --base-url=URL       the model's server (any OpenAI-compatible one)\n"
          "      --fallback=LIST      models to try, comma-separated, when the model fails;\n"
          "                           the built-in engine always ends the chain\n"
          "      --model-simple=PROVIDER:MODEL  a cheaper model for simple questions\n"
          "      --embeddings=PROVIDER:MODEL  rank the schema sent to the model with embeddings\n"
          "                           too, e.g. openai:text-embedding-3-small (off by default)\n"
          "      --no-cache           always ask the model (no cached answers)\n"
          "      --no-memory          do not use or keep confirmed questions as examples\n"
          "      --no-sample-values   send the model no values from the database, only its schema\n"
          "      --llm-timeout=SECONDS  time limit per model request (default 60)\n"
          "      --engine-threshold=N  the built-in engine answers with no model request when\n"
          "                           its confidence is at least N (0-100, default 90; 101 =\n"
          "                           always ask the model)\n"
          "      --show-prompt        print what would be sent to the model for each question;\n"
          "                           send nothing, run nothing\n"
          "      --price=MODEL=IN,OUT  dollars per million tokens in and out for MODEL, over\n"
          "                           the built-in price table; repeatable\n"
          "      --llm-insights       send the question, SQL, column names and insight\n"
          "                           sentences (no rows) to the model for a short narrative\n"
          "      --schema=NAME        PostgreSQL: read schema NAME too, ahead of the search_path;\n"
          "                           repeatable or comma-separated\n"
          "      --deny-table=TABLE   hide TABLE (or SCHEMA.TABLE): no query may read it;\n"
          "                           repeatable or comma-separated\n"
          "      --semantic=FILE      the semantic file: descriptions, synonyms, measures, hidden\n"
          "                           columns (default: DATABASE.databot.json beside a SQLite\n"
          "                           file; '' = none)\n"
          "      --init-semantic[=FILE]  write a starter semantic file for DATABASE to FILE\n"
          "                           (default: standard output) and exit\n"
          "      --chart=TYPE         auto (default), none, bar, grouped, stacked, proportion,\n"
          "                           line, histogram, scatter or kpi: the chart under a table\n"
          "      --no-color           no colours (also when NO_COLOR is set)\n"
          "      --plain              the line prompt instead of the full-screen interface\n"
          "      --tui                the full-screen interface even without a terminal on\n"
          "                           stdin/stdout (it draws on /dev/tty)\n"
          "  -q, --quiet              no banner, no notes on how questions were read\n"
          "      --resume=FILE        continue the conversation saved with \\save FILE\n"
          "      --print-config       show every setting, its value and where it came from\n"
          "      --list-connections   list the named connections of the config file\n"
          "  -V, --version            print the version and exit\n"
          "  -h, --help               print this help and exit\n"
          "\n"
          "Commands at the prompt: \\tables, \\d TABLE, \\sql QUERY, \\clear, \\help, \\q\n"
          "Exit status: 0 ok, 1 database error, 2 bad usage, 3 question not understood,\n"
          "4 SQL refused, 130 interrupted. See databot(1).\n", f);
}

static int parse_format(const char *s, out_format *f)
{
    static const struct { const char *name; out_format f; } names[] = {
        { "table", FMT_TABLE }, { "csv", FMT_CSV }, { "json", FMT_JSON },
        { "markdown", FMT_MARKDOWN }, { "md", FMT_MARKDOWN },
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(s, names[i].name) == 0) {
            *f = names[i].f;
            return 0;
        }
    }
    return -1;
}

/* A non-negative number, possibly with decimals; -1 when it is not. */
static double parse_amount(const char *s, int decimals_ok)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < 0 || v > 1e12 || (!decimals_ok && v != (long)v))
        return -1;
    return v;
}

/* Options that are settings (config file, DATABOT_* environment):
 * everything but the one-shot actions and the questions themselves. */
static int setting_allowed(int code)
{
    switch (code) {
    case 'e': case OPT_SQL: case 'V': case 'h': case OPT_RESUME: case 'o': case OPT_FORCE:
    case OPT_SHOW_PROMPT:
    case OPT_PRINT_CONFIG: case OPT_LIST_CONNECTIONS: case OPT_INIT_SEMANTIC:
        return 0;
    default:
        return 1;
    }
}

static int parse_bool(const char *s)
{
    return s && (strcmp(s, "1") == 0 || strcmp(s, "true") == 0 || strcmp(s, "yes") == 0 ||
                 strcmp(s, "on") == 0);
}

static int option_index(int code);

static int add_job(options *o, int is_sql, const char *text)
{
    job *jobs = realloc(o->jobs, (o->njobs + 1) * sizeof *jobs);
    if (!jobs)
        return -1;
    o->jobs = jobs;
    o->jobs[o->njobs].is_sql = is_sql;
    o->jobs[o->njobs].text = text;
    o->njobs++;
    return 0;
}

/* Apply one option (a flag, or a setting from the environment or the
 * config file, which use the long names). Returns 0, or -1 with errbuf. */
static int apply_option(options *o, int c, const char *optarg_, const char *label,
                        char *errbuf, size_t errlen)
{
    double v;
    switch (c) {
    case 'e':
    case OPT_SQL:
        if (add_job(o, c == OPT_SQL, optarg_) < 0) {
            snprintf(errbuf, errlen, "out of memory");
            return -1;
        }
        break;
    case OPT_SQL_ONLY: o->sql_only = 1; break;
    case 'y': o->yes = 1; break;
    case 'f':
        if (parse_format(optarg_, &o->format) < 0) {
            snprintf(errbuf, errlen, "unknown format '%s': use table, csv, json or markdown", optarg_);
            return -1;
        }
        break;
    case OPT_MAX_ROWS:
        if ((v = parse_amount(optarg_, 0)) < 0) {
            snprintf(errbuf, errlen, "%s needs a whole number of rows (0 = no cap), not '%s'",
                     label, optarg_);
            return -1;
        }
        o->cfg.max_rows = (long)v;
        break;
    case OPT_MAX_SCAN_ROWS:
        if ((v = parse_amount(optarg_, 0)) < 0) {
            snprintf(errbuf, errlen, "%s needs a whole number of rows (0 = no limit), not '%s'",
                     label, optarg_);
            return -1;
        }
        o->cfg.max_scan_rows = (long)v;
        break;
    case OPT_NO_AUDIT: o->no_audit = 1; break;
    case OPT_TIMEOUT:
        if ((v = parse_amount(optarg_, 1)) < 0) {
            snprintf(errbuf, errlen, "%s needs a number of seconds (0 = none), not '%s'",
                     label, optarg_);
            return -1;
        }
        o->cfg.timeout_ms = (long)(v * 1000 + 0.5);
        break;
    case OPT_AS_OF: o->cfg.as_of = optarg_; break;
    case OPT_SEMANTIC: o->cfg.semantic_path = optarg_; break;
    case OPT_INIT_SEMANTIC: o->init_semantic = 1; o->init_semantic_path = optarg_; break;
    case OPT_OFFLINE: o->cfg.offline = 1; break;
    case OPT_MODEL: o->cfg.model = *optarg_ ? optarg_ : NULL; break;
    case OPT_BASE_URL: o->cfg.base_url = *optarg_ ? optarg_ : NULL; break;
    case OPT_FALLBACK: o->cfg.fallback = *optarg_ ? optarg_ : NULL; break;
    case OPT_MODEL_SIMPLE: o->cfg.model_simple = *optarg_ ? optarg_ : NULL; break;
    case OPT_EMBEDDINGS: o->cfg.embeddings = *optarg_ ? optarg_ : NULL; break;
    case OPT_NO_CACHE: o->no_cache = 1; break;
    case OPT_NO_MEMORY: o->no_memory = 1; break;
    case OPT_NO_SAMPLE_VALUES: o->cfg.no_sample_values = 1; break;
    case OPT_LLM_TIMEOUT:
        if ((v = parse_amount(optarg_, 1)) <= 0) {
            snprintf(errbuf, errlen, "%s needs a number of seconds above 0, not '%s'", label, optarg_);
            return -1;
        }
        o->cfg.llm_timeout_ms = (long)(v * 1000 + 0.5);
        break;
    case OPT_ENGINE_THRESHOLD:
        if ((v = parse_amount(optarg_, 0)) < 0 || v > 101) {
            snprintf(errbuf, errlen, "%s needs a whole number from 0 to 101 (101 = always ask the "
                     "model), not '%s'", label, optarg_);
            return -1;
        }
        o->cfg.engine_threshold = (int)v;
        break;
    case OPT_SHOW_PROMPT: o->show_prompt = 1; break;
    case OPT_LLM_INSIGHTS: o->cfg.llm_insights = 1; break;
    case OPT_PRICE: {
        /* MODEL=IN,OUT (or IN/OUT): kept as "MODEL=IN/OUT" entries, the later winning */
        const char *eq = strrchr(optarg_, '=');
        char *end = NULL;
        double in = eq ? strtod(eq + 1, &end) : -1, out = -1;
        if (end && (*end == ',' || *end == '/'))
            out = strtod(end + 1, &end);
        if (!eq || eq == optarg_ || !(in >= 0) || !(out >= 0) || !end || *end ||
            strcspn(optarg_, ", ") < (size_t)(eq - optarg_)) {
            snprintf(errbuf, errlen, "%s needs MODEL=IN,OUT in dollars per million tokens, "
                     "e.g. gpt-4o=2.5,10, not '%s'", label, optarg_);
            return -1;
        }
        size_t n = (o->prices ? strlen(o->prices) + 1 : 0) + (size_t)(eq - optarg_) + 64;
        char *joined = malloc(n);
        if (!joined) {
            snprintf(errbuf, errlen, "out of memory");
            return -1;
        }
        snprintf(joined, n, "%s%s%.*s=%.10g/%.10g", o->prices ? o->prices : "", o->prices ? "," : "",
                 (int)(eq - optarg_), optarg_, in, out);
        free(o->prices);
        o->prices = joined;
        o->cfg.prices = joined;
        break;
    }
    case 'o': o->output = optarg_; break;
    case OPT_FORCE: o->force = 1; break;
    case OPT_OUTPUT_FORMAT:
        if (dbt_export_format_parse(optarg_, &o->output_format) < 0) {
            snprintf(errbuf, errlen, "unknown export format '%s': use xlsx, csv, tsv, json, ndjson or md",
                     optarg_);
            return -1;
        }
        break;
    case OPT_SCHEMA:
    case OPT_DENY_TABLE: {
        /* repeatable: the values join into one comma-separated list */
        char **list = c == OPT_SCHEMA ? &o->schemas : &o->deny_tables;
        size_t n = (*list ? strlen(*list) + 1 : 0) + strlen(optarg_) + 1;
        char *joined = malloc(n);
        if (!joined) {
            snprintf(errbuf, errlen, "out of memory");
            return -1;
        }
        snprintf(joined, n, "%s%s%s", *list ? *list : "", *list ? "," : "", optarg_);
        free(*list);
        *list = joined;
        if (c == OPT_SCHEMA)
            o->cfg.schemas = joined;
        else
            o->cfg.deny_tables = joined;
        break;
    }
    case OPT_CHART: o->chart = optarg_; break;
    case OPT_NO_COLOR: o->no_color = 1; break;
    case OPT_PLAIN: o->plain = 1, o->tui = 0; break;
    case OPT_TUI: o->tui = 1, o->plain = 0; break;
    case 'q': o->quiet = 1; break;
    case OPT_RESUME: o->resume = optarg_; break;
    case OPT_PRINT_CONFIG: o->print_config = 1; break;
    case OPT_LIST_CONNECTIONS: o->list_connections = 1; break;
    case 'V': o->version = 1; break;
    case 'h': o->help = 1; break;
    default:
        snprintf(errbuf, errlen, "unknown option");
        return -1;
    }
    return 0;
}

int options_parse(int argc, char **argv, options *o, char *errbuf, size_t errlen)
{
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":e:yf:o:qVh", long_options, NULL)) != -1) {
        if (c == ':') {
            snprintf(errbuf, errlen, "option '%s' needs a value", argv[optind - 1]);
            return -1;
        }
        if (c == '?') {
            snprintf(errbuf, errlen, "unknown option '%s'", argv[optind - 1]);
            return -1;
        }
        int idx = option_index(c);
        char label[64];
        snprintf(label, sizeof label, "--%s", idx >= 0 ? long_options[idx].name : "option");
        if (idx >= 0) {
            o->source[idx] = "flag";
            o->value[idx] = optarg;
        }
        if (apply_option(o, c, optarg, label, errbuf, errlen) < 0)
            return -1;
    }
    if (o->help || o->version)
        return 0;
    if (optind < argc)
        o->database = argv[optind];
    if (optind + 1 < argc && strcmp(argv[optind], "doctor") == 0) {
        o->doctor_target = argv[++optind];
    }
    if (optind + 1 < argc) {
        snprintf(errbuf, errlen, "more than one database given ('%s' and '%s'); "
                 "quote a question and pass it with -e", argv[optind], argv[optind + 1]);
        return -1;
    }
    return 0;
}

void options_init(options *o)
{
    memset(o, 0, sizeof *o);
    dbt_config_init(&o->cfg);
    o->format = FMT_TABLE;
}

/* The long option a getopt code belongs to, or -1. */
static int option_index(int code)
{
    for (int i = 0; long_options[i].name; i++)
        if (long_options[i].val == code)
            return i;
    return -1;
}

int options_apply_setting(options *o, const char *name, const char *value, const char *source,
                          char *errbuf, size_t errlen)
{
    for (int i = 0; long_options[i].name; i++) {
        if (strcmp(long_options[i].name, name) != 0)
            continue;
        if (!setting_allowed(long_options[i].val)) {
            snprintf(errbuf, errlen, "'%s' cannot be set in the config file or environment", name);
            return -1;
        }
        const char *arg = value;
        if (long_options[i].has_arg == no_argument) {
            if (!parse_bool(value)) {
                if (strcmp(value, "0") && strcmp(value, "false") && strcmp(value, "no") &&
                    strcmp(value, "off")) {
                    snprintf(errbuf, errlen, "'%s' takes true or false, not '%s'", name, value);
                    return -1;
                }
                return 0;
            }
            arg = NULL;
        }
        o->source[i] = source;
        o->value[i] = arg;
        return apply_option(o, long_options[i].val, arg, name, errbuf, errlen);
    }
    snprintf(errbuf, errlen, "unknown setting '%s'", name);
    return -1;
}

void options_value(const options *o, const char *name, char *out, size_t n)
{
    for (int i = 0; long_options[i].name; i++) {
        if (strcmp(long_options[i].name, name) != 0)
            continue;
        int sw = long_options[i].has_arg == no_argument;
        if (o->source[i]) {
            snprintf(out, n, "%s", sw ? "true" : o->value[i] ? o->value[i] : "");
            return;
        }
        switch (long_options[i].val) {
        case OPT_MAX_ROWS: snprintf(out, n, "%ld", o->cfg.max_rows); return;
        case OPT_MAX_SCAN_ROWS: snprintf(out, n, "%ld", o->cfg.max_scan_rows); return;
        case OPT_TIMEOUT: snprintf(out, n, "%g", o->cfg.timeout_ms / 1000.0); return;
        case 'f': snprintf(out, n, "table"); return;
        case OPT_AS_OF: snprintf(out, n, "today"); return;
        case OPT_CHART: snprintf(out, n, "auto"); return;
        case OPT_ENGINE_THRESHOLD: snprintf(out, n, "90"); return;
        default: snprintf(out, n, "%s", sw ? "false" : "(unset)"); return;
        }
    }
    snprintf(out, n, "?");
}

void options_each_setting(void (*fn)(void *ctx, const char *name, int takes_value, const char *source),
                          void *ctx, const options *o)
{
    for (int i = 0; long_options[i].name; i++)
        if (setting_allowed(long_options[i].val))
            fn(ctx, long_options[i].name, long_options[i].has_arg != no_argument,
               o->source[i] ? o->source[i] : "default");
}

int options_is_set(const options *o, const char *name)
{
    for (int i = 0; long_options[i].name; i++)
        if (strcmp(long_options[i].name, name) == 0)
            return o->source[i] != NULL;
    return 0;
}

void options_free(options *o)
{
    free(o->schemas);
    free(o->deny_tables);
    o->schemas = o->deny_tables = NULL;
    free(o->prices);
    o->prices = NULL;
    free(o->jobs);
    o->jobs = NULL;
    o->njobs = 0;
}
