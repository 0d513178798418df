/* test_lexicon.c: the engine's word forms: the roots of inflected words
 * and the forms a root is looked up in. */
#include <string.h>
#include "engine/lexicon.h"
#include "tap.h"

static void root_is(const char *w, const char *want)
{
    char r[48];
    lex_root(w, r, sizeof r);
    is_str(r, want, w);
}

/* Is want among the forms lex_root_forms gives for w? */
static int has_form(const char *w, const char *want)
{
    char f[12][48];
    size_t n = lex_root_forms(w, f, 12);
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i], want) == 0)
            return 1;
    return 0;
}

/* The singular stem of a plural. */
static void stem_is(const char *w, const char *want)
{
    char r[48];
    lex_stem(w, r, sizeof r);
    is_str(r, want, w);
}

int main(void)
{
    stem_is("causes", "cause");
    stem_is("houses", "house");
    stem_is("buses", "bus");
    stem_is("statuses", "status");
    stem_is("classes", "class");
    root_is("dropped", "drop");
    root_is("drops", "drop");
    root_is("dropping", "drop");
    root_is("replied", "reply");
    root_is("replies", "reply");
    root_is("starting", "start");
    root_is("started", "start");
    root_is("closed", "clos");
    root_is("close", "clos");
    root_is("admitted", "admit");
    root_is("called", "call");
    root_is("status", "status");
    ok(lex_same_root("drops", "dropped"), "drops ~ dropped");
    ok(lex_same_root("reply", "replied"), "reply ~ replied");
    ok(lex_same_root("majoring", "major"), "majoring ~ major");
    ok(lex_same_root("posted", "post"), "posted ~ post");
    ok(!lex_same_root("rating", "rate"), "rating is not rate (a root under 4 letters)");
    ok(!lex_same_root("order", "order"), "the same word is not an inflection");
    ok(!lex_same_root("state", "status"), "state is not status");
    ok(has_form("drops", "dropped") && has_form("drops", "drop"), "the forms of drops hold drop, dropped");
    ok(has_form("reply", "replied"), "the forms of reply hold replied");
    ok(has_form("closing", "closed"), "the forms of closing hold closed");
    ok(lex_same_root("filing", "filed"), "filing ~ filed (two verb forms, a root of 3)");
    ok(lex_same_root("settlement", "settled"), "settlement ~ settled");
    ok(lex_same_root("arrival", "arrived"), "arrival ~ arrived");
    ok(!lex_same_root("rat", "rated"), "no root of 3 unless both are verb forms");
    ok(!lex_similar("rides", "rider"), "a plural is not an agent: rides, rider");
    ok(lex_similar("police", "policy"), "a typo at the end of a word: police, policy");
    ok(lex_similar("tirps", "trips") && lex_similar("cliams", "claims"),
       "two neighbouring letters swapped are a typo: tirps, cliams");
    ok(lex_similar("tirp", "trip"), "... in a word of four letters too");
    ok(!lex_similar("form", "from"), "... but never for a stop word (from is not form)");
    ok(!lex_similar("tirp", "ptri"), "letters moved further are another word");
    char f[12][48];
    ok(lex_root_forms("at", f, 12) == 0, "no forms for a short word");
    ok(lex_irregular_verb("flew") && !strcmp(lex_irregular_verb("flew"), "fly"), "flew is a form of fly");
    ok(lex_irregular_verb("taught") && !strcmp(lex_irregular_verb("taught"), "teach"), "taught ~ teach");
    ok(lex_irregular_verb("sells") && !strcmp(lex_irregular_verb("sells"), "sell"), "sells ~ sell");
    ok(!lex_irregular_verb("flights") && !lex_irregular_verb("fly"), "a noun and a base form are not forms");
    ok(lex_is_past_verb("sold") && lex_is_past_verb("booked") && lex_is_past_verb("flown"),
       "sold, booked, flown are past forms");
    ok(!lex_is_past_verb("sells") && !lex_is_past_verb("bed"), "sells and bed are not");
    ok(lex_event_noun_of("cancellation", "cancel") && lex_event_noun_of("arrival", "arrived") &&
       lex_event_noun_of("registration", "registered"), "cancellation, arrival, registration: event nouns");
    ok(!lex_event_noun_of("cancelled", "cancel") && !lex_event_noun_of("station", "start"),
       "a verb form or another word is not an event noun");
    ok(lex_participle_kind("flown") == 2 && lex_participle_kind("sold") == 1 && lex_participle_kind("run") == 1 &&
       lex_participle_kind("flew") == 0, "flown only a participle, sold and run also other forms, flew none");
    size_t nv = lex_event_noun_verbs("cancellation", f, 12);
    int seen = 0;
    for (size_t i = 0; i < nv; i++)
        seen += !strcmp(f[i], "cancel") + !strcmp(f[i], "cancelled");
    ok(seen == 2, "the verbs of cancellation hold cancel and cancelled");
    return done_testing();
}
