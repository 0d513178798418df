/* lexicon.h: the built-in English lexicon (stems, stop words, number words,
 * keyword classes, synonyms, edit distance). */
#ifndef DBT_ENGINE_LEXICON_H
#define DBT_ENGINE_LEXICON_H

#include <stddef.h>

/* Keyword classes a word (or a short phrase) can carry. */
typedef enum {
    KW_NONE = 0,
    KW_COUNT,      /* how many, number of, count */
    KW_DISTINCT,   /* distinct, different, unique */
    KW_SUM,        /* total, sum */
    KW_AVG,        /* average, mean */
    KW_MAX,        /* maximum, largest, highest */
    KW_MIN,        /* minimum, smallest, lowest */
    KW_TOP,        /* top, most, best */
    KW_BOTTOM,     /* bottom, least, fewest, worst */
    KW_GROUP,      /* by, per, each */
    KW_GT, KW_GE, KW_LT, KW_LE,   /* comparatives (the "than" is eaten) */
    KW_LIST,       /* list, show, which, what */
    KW_NEVER,      /* never, no, without, missing */
    KW_FOLLOW      /* now, only, instead, what about ... */
} lex_kw;

/* Write the singular stem of a lowercase word into out (size n). */
void lex_stem(const char *w, char *out, size_t n);
int lex_is_stop(const char *w);
/* A word saying no: never, no, not, without, missing, haven('t), ... */
int lex_is_negation(const char *w);
/* Does w, before the word next (or NULL), leave rows out ("excluding",
 * "ignoring", "leaving" before "out")? */
int lex_is_exclusion(const char *w, const char *next);
/* Number words ("five", "dozen") -> value, or -1. */
long lex_number_word(const char *w);
/* The word a name's abbreviation stands for ("amt": amount), or NULL. */
const char *lex_abbreviation(const char *w);
/* Is w one of the words of the NULL-ended list? */
int lex_in_list(const char *w, const char *const *list);
/* Words similar enough for a typo: equal, or within 1 edit (>=5 letters),
 * or 2 edits (>=8 letters) that keep the first letter, or two neighbouring
 * letters swapped. */
int lex_similar(const char *a, const char *b);
/* The root of an inflected word: "dropped", "drops", "dropping" -> "drop";
 * "replied" -> "reply"; "starting" -> "start"; a final silent e goes
 * ("closed", "close" -> "clos"). Writes into out (size n). */
void lex_root(const char *w, char *out, size_t n);
/* Are a and b inflections of one root ("drops" ~ "dropped", "reply" ~
 * "replied", "majoring" ~ "major")? Roots of 4 letters or more only; equal
 * words are not counted. */
int lex_same_root(const char *a, const char *b);
/* The forms a root's word may be written in ("drop": "drop", "drops",
 * "dropped", "dropping", "droped", ...), for looking a word up in an index
 * of exact words; returns how many were written (at most max). */
size_t lex_root_forms(const char *w, char (*out)[48], size_t max);

/* Measure concepts a word can name. */
typedef enum { CON_NONE = 0, CON_REVENUE, CON_PRICE, CON_DURATION, CON_QUANTITY,
               CON_WEIGHT,     /* heaviest, lighter than */
               CON_SIZE,       /* largest, biggest, smallest */
               CON_DISTANCE,   /* farthest, further than */
               CON_SPEND,      /* spent, spending: what a customer paid */
               CON_PAYROLL     /* payroll: the salaries paid now */
} lex_concept;
lex_concept lex_concept_of(const char *stem);

/* Name words a concept prefers, best first, NULL-terminated. */
const char *const *lex_concept_names(lex_concept c);

/* Synonyms of a (stemmed) word for matching names: NULL-terminated list or
 * NULL. */
const char *const *lex_synonyms(const char *stem);

/* Names a (stemmed) word may also mean, one way: "ticket" is a booking
 * of travel (a booking is never a support ticket), a "policyholder" a
 * customer (not every customer holds a policy). NULL-terminated list, or NULL. */
const char *const *lex_synonyms_oneway(const char *stem);

/* Is this stemmed word generic measure-ish (amount/total/value)? */
int lex_is_amount_word(const char *stem);
/* Name-like column words (name, title, label). */
int lex_is_label_word(const char *w);

/* Words that frame a question without changing it ("located", "brings"). */
int lex_is_filler(const char *w);
/* A word that negates what it describes ("undeclared", "unpaid", "inactive",
 * "nonmember"): left unplaced, the answer would be about the opposite rows. */
int lex_is_negated_word(const char *w);
/* Money that goes back or is taken off ("refund", "discount", "tax"): a
 * column named with one is never what revenue or spend means. */
int lex_is_deduction(const char *stem);
/* The base form of an irregular verb's form ("flew", "flown", "flies" ->
 * "fly"; "taught" -> "teach"; "sold" -> "sell"), or NULL when w is not one. */
const char *lex_irregular_verb(const char *w);
/* Is w a verb's past form: a regular "-ed" ("booked") or an irregular
 * one ("flew", "taught", "sold")? */
int lex_is_past_verb(const char *w);
/* Is noun (a singular stem) the event noun of verb word w: its root and a
 * suffix making a noun ("cancellation" of cancelDate's "cancel",
 * "arrival" of "arrived", "registration" of "registered")? */
int lex_event_noun_of(const char *noun, const char *w);
/* The words a name may write an event noun's verb with ("cancellation":
 * "cancel", "cancelled", ...; "registration": "register", "registered"),
 * for looking it up in an index of exact words; returns how many. */
size_t lex_event_noun_verbs(const char *noun, char (*out)[48], size_t max);
/* Is w a past participle: 2 one no other form shares ("flown", "taken",
 * "written"), 1 one that is also a past or a base ("sold", "booked",
 * "run"), 0 not? */
int lex_participle_kind(const char *w);
/* Words asking for operations the engine does not do ("cumulative"). */
int lex_is_unsupported(const char *w);

#endif
