/* options.c: parsing the command line into options (see options.h) and
 * the --help text. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_SQL = 256, OPT_SQL_ONLY, OPT_MAX_ROWS, OPT_TIMEOUT, OPT_AS_OF, OPT_OFFLINE,
       OPT_PRINT_CONFIG, OPT_LIST_CONNECTIONS, OPT_RESUME };

static const struct option long_options[] = {
    { "execute", required_argument, NULL, 'e' },
    { "sql", required_argument, NULL, OPT_SQL },
    { "sql-only", no_argument, NULL, OPT_SQL_ONLY },
    { "yes", no_argument, NULL, 'y' },
    { "format", required_argument, NULL, 'f' },
    { "max-rows", required_argument, NULL, OPT_MAX_ROWS },
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "as-of", required_argument, NULL, OPT_AS_OF },
    { "offline", no_argument, NULL, OPT_OFFLINE },
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
          "Ask questions in plain English about a SQLite database; databot shows the SQL\n"
          "it would run, runs it read-only once you confirm, and prints the answer.\n"
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
          "      --max-rows=N         stop after N rows and mark the answer truncated\n"
          "                           (default 10000; 0 = no cap)\n"
          "      --timeout=SECONDS    time limit per query (default 30; 0 = none)\n"
          "      --as-of=DATE         reference date YYYY-MM-DD for relative dates such as\n"
          "                           \"last month\" (default: today)\n"
          "      --offline            never use the network (the built-in engine only)\n"
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
    case 'e': case OPT_SQL: case 'V': case 'h': case OPT_RESUME:
    case OPT_PRINT_CONFIG: case OPT_LIST_CONNECTIONS:
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
    case OPT_TIMEOUT:
        if ((v = parse_amount(optarg_, 1)) < 0) {
            snprintf(errbuf, errlen, "%s needs a number of seconds (0 = none), not '%s'",
                     label, optarg_);
            return -1;
        }
        o->cfg.timeout_ms = (long)(v * 1000 + 0.5);
        break;
    case OPT_AS_OF: o->cfg.as_of = optarg_; break;
    case OPT_OFFLINE: o->cfg.offline = 1; break;
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
    while ((c = getopt_long(argc, argv, ":e:yf:qVh", long_options, NULL)) != -1) {
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
        case OPT_TIMEOUT: snprintf(out, n, "%g", o->cfg.timeout_ms / 1000.0); return;
        case 'f': snprintf(out, n, "table"); return;
        case OPT_AS_OF: snprintf(out, n, "today"); return;
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

void options_free(options *o)
{
    free(o->jobs);
    o->jobs = NULL;
    o->njobs = 0;
}
