/* numfmt.c: locale-independent number formatting (see numfmt.h). printf
 * is only asked for digits; whatever the locale uses as a decimal point
 * is replaced by '.', and grouping is done here, so the caller's
 * setlocale() never changes what a chart or a sentence says. */
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Copy a printf'd number into out (size n) with the locale's decimal
 * point, whatever bytes it is, replaced by '.'. */
static void numfmt_c_locale(const char *in, char *out, size_t n)
{
    size_t o = 0;
    int point = 0;
    for (; *in && o + 1 < n; in++) {
        char c = *in;
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E') {
            out[o++] = c;
        } else if (!point) {
            out[o++] = '.';
            point = 1;
        }
    }
    out[o] = '\0';
}

/* Drop trailing zeros after a decimal point, and the point itself. */
static void numfmt_trim_zeros(char *s)
{
    char *dot = strchr(s, '.');
    if (!dot || strchr(s, 'e'))
        return;
    char *end = s + strlen(s);
    while (end > dot + 1 && end[-1] == '0')
        *--end = '\0';
    if (end == dot + 1)
        *dot = '\0';
}

/* "-0" and "-0.0" become "0". */
static void numfmt_no_negative_zero(char *s)
{
    if (s[0] != '-')
        return;
    if (strspn(s + 1, "0.") == strlen(s + 1))
        memmove(s, s + 1, strlen(s));
}

static char *numfmt_nonfinite(double x, char *out)
{
    strcpy(out, isnan(x) ? "NaN" : x < 0 ? "-Inf" : "Inf");
    return out;
}

char *numfmt_short(double x, char out[NUMFMT_SHORT_MAX])
{
    static const char suffix[] = " kMBT";
    char tmp[64];
    if (!isfinite(x))
        return numfmt_nonfinite(x, out);
    if (fabs(x) < 999.5) {
        if (x == rint(x))
            snprintf(tmp, sizeof tmp, "%.0f", x);
        else
            snprintf(tmp, sizeof tmp, "%.3g", x);
        numfmt_c_locale(tmp, out, NUMFMT_SHORT_MAX);
        numfmt_no_negative_zero(out);
        return out;
    }
    double unit = 1;
    for (int u = 1; u < 5; u++) {
        unit *= 1000;
        snprintf(tmp, sizeof tmp, "%.3g", x / unit);
        if (!strchr(tmp, 'e') && fabs(x / unit) < 999.5) {
            numfmt_c_locale(tmp, out, NUMFMT_SHORT_MAX - 1);
            size_t n = strlen(out);
            out[n] = suffix[u];
            out[n + 1] = '\0';
            return out;
        }
    }
    snprintf(tmp, sizeof tmp, "%.3g", x);
    numfmt_c_locale(tmp, out, NUMFMT_SHORT_MAX);
    return out;
}

char *numfmt_tick(double x, double step, double max_abs, char out[NUMFMT_SHORT_MAX])
{
    static const char suffix[] = " kMBT";
    char tmp[64];
    if (!isfinite(x))
        return numfmt_nonfinite(x, out);
    int u = 0;
    double unit = 1;
    while (u < 4 && fabs(max_abs) >= unit * 1000) {
        unit *= 1000;
        u++;
    }
    if (fabs(max_abs) >= 1e15 || (step > 0 && step < 1e-9)) {
        snprintf(tmp, sizeof tmp, "%.3g", x);
        numfmt_c_locale(tmp, out, NUMFMT_SHORT_MAX);
        return out;
    }
    double s = step > 0 ? step / unit : 1;
    int d = 0;
    while (d < 10 && fabs(s * pow(10, d) - rint(s * pow(10, d))) > 1e-6 * s * pow(10, d))
        d++;
    snprintf(tmp, sizeof tmp, "%.*f", d, x / unit);
    numfmt_c_locale(tmp, out, NUMFMT_SHORT_MAX - 1);
    numfmt_trim_zeros(out);
    numfmt_no_negative_zero(out);
    if (u && strcmp(out, "0") != 0) {
        size_t n = strlen(out);
        out[n] = suffix[u];
        out[n + 1] = '\0';
    }
    return out;
}

void numfmt_grouped(buf *b, double x, int decimals)
{
    char tmp[512], digits[512];
    if (!isfinite(x)) {
        buf_add(b, isnan(x) ? "NaN" : x < 0 ? "-Inf" : "Inf");
        return;
    }
    if (decimals < 0)
        decimals = 0;
    if (decimals > 20)
        decimals = 20;
    snprintf(tmp, sizeof tmp, "%.*f", decimals, fabs(x));
    numfmt_c_locale(tmp, digits, sizeof digits);
    size_t nint = strspn(digits, "0123456789");
    int zero = strspn(digits, "0.") == strlen(digits);
    if (x < 0 && !zero)
        buf_addc(b, '-');
    for (size_t i = 0; i < nint; i++) {
        if (i && (nint - i) % 3 == 0)
            buf_addc(b, ',');
        buf_addc(b, digits[i]);
    }
    buf_add(b, digits + nint);
}

void numfmt_value(buf *b, double x)
{
    if (!isfinite(x) || (fabs(x) < 1e15 && x == rint(x))) {
        numfmt_grouped(b, x, 0);
    } else if (fabs(x) >= 1) {
        numfmt_grouped(b, x, 2);
    } else {
        char tmp[64], out[64];
        snprintf(tmp, sizeof tmp, "%.3g", x);
        numfmt_c_locale(tmp, out, sizeof out);
        buf_add(b, out);
    }
}

void numfmt_signed(buf *b, double x)
{
    if (x > 0)
        buf_addc(b, '+');
    numfmt_value(b, x);
}

void numfmt_percent(buf *b, double pct, int sign)
{
    char tmp[512], out[512];
    if (!isfinite(pct)) {
        buf_add(b, isnan(pct) ? "NaN" : pct < 0 ? "-Inf" : "Inf");
        return;
    }
    snprintf(tmp, sizeof tmp, sign ? "%+.1f" : "%.1f", pct);
    numfmt_c_locale(tmp, out, sizeof out);
    if (strcmp(out, "-0.0") == 0 || strcmp(out, "+0.0") == 0)
        strcpy(out, "0.0");
    buf_add(b, out);
    buf_addc(b, '%');
}

double numfmt_nice_step(double range, int target)
{
    if (!(range > 0) || !isfinite(range))
        return 1;
    if (target < 1)
        target = 1;
    double raw = range / target;
    double mag = pow(10, floor(log10(raw)));
    double norm = raw / mag;
    double step = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
    return step * mag;
}
