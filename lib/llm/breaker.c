/* breaker.c: a circuit breaker per endpoint, so a dead one costs nothing:
 * after `threshold` failed calls in a row it opens and requests skip it;
 * after the cool-down it is half-open and lets one trial through, which
 * closes it on success or opens it again on failure. */
#include "llm/llm.h"

void breaker_init(breaker *b, int threshold, long cooldown_ms)
{
    b->state = BREAKER_CLOSED;
    b->failures = 0;
    b->threshold = threshold > 0 ? threshold : 1;
    b->cooldown_ms = cooldown_ms;
    b->opened_ms = 0;
}

int breaker_allow(breaker *b, double now_ms)
{
    switch (b->state) {
    case BREAKER_CLOSED:
        return 1;
    case BREAKER_OPEN:
        if (now_ms - b->opened_ms >= (double)b->cooldown_ms) {
            b->state = BREAKER_HALF_OPEN;
            return 1;
        }
        return 0;
    case BREAKER_HALF_OPEN:
        return 0;   /* the one trial is under way */
    }
    return 0;
}

void breaker_success(breaker *b)
{
    b->state = BREAKER_CLOSED;
    b->failures = 0;
}

void breaker_failure(breaker *b, double now_ms)
{
    b->failures++;
    if (b->state == BREAKER_HALF_OPEN || b->failures >= b->threshold) {
        b->state = BREAKER_OPEN;
        b->opened_ms = now_ms;
    }
}
