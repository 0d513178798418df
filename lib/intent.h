/* intent.h: stage 1, what kind of answer a question asks for (a trend, a
 * share of a whole, a distribution, a comparison), read from its words. The
 * chart stage uses it to choose between charts that fit the same shape. */
#ifndef DBT_INTENT_H
#define DBT_INTENT_H

/* "trend", "share", "distribution", "compare", or NULL when the words say
 * nothing beyond the shape of the result. The string is static. */
const char *intent_classify(const char *question);

#endif
