/* read_roles.c: the mentions the reader adds (people, payers, a key's
 * role) and the roles the words before each mention give it (reading stage
 * 1); the keys named by their role or direction ("manager", "from Boston"). */
#include "read_state.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "semantic.h"
#include "timeparse.h"
#include "tokens.h"
#include "util.h"

/* The one numeric column of table t (not a key) with a word of its name
 * equal to the stemmed word s ("salary" ~ annual_salary), or -1. */
int rd_own_measure(const catalog *cat, int t, const char *s)
{
    const cat_table *tb = &cat->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->ncols; c++) {
        if (!ground_is_numeric(&tb->cols[c]) || ground_is_key(tb, (int)c))
            continue;
        char w[8][TOK_LEN];
        int n = rd_split_name(tb->cols[c].name, w, 8), hit = 0;
        for (int j = 0; j < n; j++)
            hit |= !strcmp(w[j], s);
        if (hit && found >= 0)
            return -1;
        if (hit)
            found = (int)c;
    }
    return found;
}

/* The table whose rows are people: its columns hold a person's names
 * (first and last name, full name) and an email or a birth date; -1 when
 * none or no single one stands out. */
int rd_person_table(const catalog *cat)
{
    int best = -1, bests = 0, second = 0;
    for (size_t t = 0; t < cat->ntables; t++) {
        int first = 0, last = 0, full = 0, extra = 0;
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char n[64];
            size_t k = 0;
            for (const char *p = cat->tables[t].cols[c].name; *p && k < sizeof n - 1; p++)
                if (*p != '_')
                    n[k++] = (char)tolower((unsigned char)*p);
            n[k] = '\0';
            first |= !strcmp(n, "firstname") || !strcmp(n, "givenname") || !strcmp(n, "forename");
            last |= !strcmp(n, "lastname") || !strcmp(n, "surname") || !strcmp(n, "familyname");
            full |= !strcmp(n, "fullname") || !strcmp(n, "personname");
            extra |= !strcmp(n, "email") || !strncmp(n, "birth", 5) || !strcmp(n, "dob") ||
                     !strcmp(n, "gender") || !strcmp(n, "sex");
        }
        int sc = (first && last) || full ? 3 + extra : 0;
        if (sc > bests) {
            second = bests;
            bests = sc;
            best = (int)t;
        } else if (sc > second) {
            second = sc;
        }
    }
    return bests > second ? best : -1;
}

/* The table of the people who work here, for "headcount": the one
 * named employees or staff, else the one with a hire date; -1 when none or
 * more than one is. */
static int staff_table(const catalog *cat)
{
    int found = -1, n = 0;
    for (size_t t = 0; t < cat->ntables; t++) {
        char st[TOK_LEN];
        lex_stem(cat->tables[t].name, st, sizeof st);
        for (char *p = st; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        int staff = 0;
        for (const char *const *syn = lex_synonyms("employee"); syn && *syn && !staff; syn++)
            staff = !strcmp(st, *syn);
        for (size_t c = 0; c < cat->tables[t].ncols && !staff; c++)
            staff = strncasecmp(cat->tables[t].cols[c].name, "hire", 4) == 0 && rd_date_kind(&cat->tables[t].cols[c]);
        if (staff) {
            found = (int)t;
            n++;
        }
    }
    return n == 1 ? found : -1;
}

int rd_all_numeric(const catalog *cat, const mention *m)
{
    if (m->kind != MK_COLUMN)
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

int rd_all_flags(const catalog *cat, const mention *m)
{
    if (m->kind != MK_COLUMN || m->nalts == 0)
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_flag(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* "top 10 countries by MRR": after a ranked subject, a numeric column
 * mentioned after "by" is what ranks, not a grouping */
static int measure_like(const catalog *cat, const mention *m, int subject, const kwscan *k)
{
    if (m->kind != MK_COLUMN || (subject < 0 && !k->top && !k->bottom))
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* "top 5 customers by orders", "top 3 countries by customers": after a
 * ranking, "by" and a table of other rows than the ones ranked counts
 * those rows; it is no grouping. */
static int ranked_by_rows(const mention *m, int i, const kwscan *k)
{
    if (m[i].kind != MK_TABLE || (!k->top && !k->bottom) || i == 0)
        return 0;
    const mention *r = &m[i - 1];
    if (r->end + 1 != m[i].start)
        return 0;   /* the ranked thing right before "by" */
    if (r->kind == MK_TABLE)
        return r->t != m[i].t;
    return r->kind == MK_COLUMN;
}

/* "4-star hotels", "3 bedrooms", "2-door cars": a small whole number right
 * before a word naming an integer column (stars, bedrooms) gives the
 * column's value. */
static int integer_named(const catalog *cat, const toks *tk, const mention *m)
{
    const tok *n = &tk->v[m->start - 1];
    if (!n->isnum || n->used || n->money || n->num < 0 || n->num > 100 || n->num != (double)(int)n->num ||
        m->end - m->start != 1)
        return 0;
    for (int a = 0; a < m->nalts; a++) {
        const cat_table *t = &cat->tables[m->alts[a].t];
        if (t->cols[m->alts[a].c].kind == COL_INT && !ground_is_key(t, m->alts[a].c))
            return 1;
    }
    return 0;
}

/* Do the rows of mention i's table hold a key into a table named after
 * it (policies.customer_id for "policies ... customers")? */
static int refers_to_later(const catalog *cat, const mention *m, int nm, int i)
{
    const cat_table *t = &cat->tables[m[i].t];
    for (int j = i + 1; j < nm; j++)
        for (size_t c = 0; m[j].kind == MK_TABLE && c < t->ncols; c++)
            if (t->cols[c].ref_t == m[j].t && m[j].t != m[i].t)
                return 1;
    return 0;
}

int rd_in_list_w(const char *w, const char *const *l)
{
    for (; *l; l++)
        if (!strcmp(w, *l))
            return 1;
    return 0;
}

/* Words that shape the measure: rates and percentages, durations,
 * comparisons. Marks the cue words used. Returns the duration unit asked
 * for, or DUR_NONE. */
/* "month over month", "year-over-year", "MoM", "YoY", or "growth" with a
 * bucket: the change from one period to the previous; marks the words. */
/* A foreign key's role: its name without the _id / Id suffix ("origin_id"
 * -> "origin") when that is not just the referenced table's name. */
int rd_fk_role(const catalog *cat, int t, int c, char *out, size_t n)
{
    const cat_column *col = &cat->tables[t].cols[c];
    if (col->ref_t < 0 || col->ref_c < 0 || !col->role_key)
        return 0;   /* role_key: decided once by catalog_finish */
    size_t len = strlen(col->name);
    if (len > 3 && strcasecmp(col->name + len - 3, "_id") == 0)
        len -= 3;
    else if (len > 2 && strcmp(col->name + len - 2, "Id") == 0)
        len -= 2;
    else
        return 0;
    if (len < 3 || len >= n)
        return 0;
    /* lowercase, camelCase words split by '_': originWarehouseId ->
     * "origin_warehouse", as origin_warehouse_id gives */
    size_t o = 0;
    for (size_t i = 0; i < len && o + 2 < n; i++) {
        unsigned char ch = (unsigned char)col->name[i];
        if (i > 0 && isupper(ch) && islower((unsigned char)col->name[i - 1]) && out[o - 1] != '_')
            out[o++] = '_';
        out[o++] = (char)tolower(ch);
    }
    out[o] = '\0';
    const char *rt = cat->tables[col->ref_t].name;
    size_t k = strlen(out) < strlen(rt) ? strlen(out) : strlen(rt);
    if (k >= 3 && strncasecmp(out, rt, k) == 0)
        return 0;   /* customer_id -> customers: no role */
    /* origin_airport_id -> airports: the role is "origin" */
    char stem[64];
    lex_stem(rt, stem, sizeof stem);
    for (char *p = stem; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    char *last = strrchr(out, '_'), lstem[64];
    if (last && last - out >= 3) {
        lex_stem(last + 1, lstem, sizeof lstem);
        size_t ls = strlen(stem);   /* "warehouses" stems to "warehous" */
        if (ls >= 3 && (strcmp(lstem, stem) == 0 ||
                        (strncmp(last + 1, stem, ls) == 0 && strlen(last + 1) <= ls + 2)))
            *last = '\0';
    }
    return 1;
}

/* Are all of mention m's columns dates? */
int rd_all_dates(const catalog *cat, const mention *m)
{
    if (m->kind != MK_COLUMN || !m->nalts)
        return 0;
    for (int a = 0; a < m->nalts; a++)
        if (!rd_date_kind(&cat->tables[m->alts[a].t].cols[m->alts[a].c]))
            return 0;
    return 1;
}

/* Does "did", "do" or "does" (then "each", "every", "the") come right
 * before token i, the subject of a verb that follows it? */
static int verb_after_did(const toks *tk, int i)
{
    int j = i - 1;
    while (j >= 0 && (tok_is(tk, (size_t)j, "each") || tok_is(tk, (size_t)j, "every") || tok_is(tk, (size_t)j, "the") ||
                      tok_is(tk, (size_t)j, "our")))
        j--;
    return j >= 0 && (tok_is(tk, (size_t)j, "did") || tok_is(tk, (size_t)j, "do") || tok_is(tk, (size_t)j, "does"));
}

/* Does word w name role r ("origins", or "departing" for an origin)? */
int rd_role_word(const char *w, const char *r)
{
    size_t n = strlen(r);
    if (!strcmp(w, "from") || !strcmp(w, "to"))
        return 0;   /* "from Boston", "to Denver": read with the value (step 6) */
    if ((strncasecmp(w, r, n) == 0 && (strlen(w) <= n + 2 || !strcmp(w + n, "ing"))) ||
        lex_same_root(w, r))
        return 1;   /* "majors", "majoring" for major */
    /* "assigned" for assignee, "reviewed" for reviewer: the agent's verb,
     * in the past ("manages" is no manager) */
    char root[64];
    lex_root(w, root, sizeof root);
    size_t lr = strlen(root);
    size_t lw = strlen(w);
    if (n > 5 && lw > 4 && !strcmp(w + lw - 2, "ed") && (!strcmp(r + n - 2, "ee") || !strcmp(r + n - 2, "er") ||
                                     !strcmp(r + n - 2, "or")) &&
        (lr == n - 2 || lr == n - 1) && strncasecmp(root, r, lr) == 0)
        return 1;
    static const char *const from[] = {"origin", "source", "departure", "from", "start", NULL};
    static const char *const to[] = {"destination", "dest", "target", "arrival", "to", "end", NULL};
    if ((rd_in_list_w(r, from) && rd_in_list_w(w, from)) || (rd_in_list_w(r, to) && rd_in_list_w(w, to)))
        return 1;   /* "destination" names dest_airport_id */
    static const char *const from_w[] = {"departing", "departure", "departures", "departs",
                                         "leaving", "leaves", "outbound", "outgoing", NULL};
    static const char *const to_w[] = {"arriving", "arrival", "arrivals", "arrives", "arrive",
                                       "landing", "inbound", "incoming", NULL};
    if (rd_in_list_w(r, from) && rd_in_list_w(w, from_w))
        return 1;
    if (rd_in_list_w(r, to) && rd_in_list_w(w, to_w))
        return 1;
    /* "supervisor", "team lead", "managed by": who one reports to */
    static const char *const boss[] = {"manager", "supervisor", "boss", "lead", "leader", "superior",
                                       NULL};
    static const char *const boss_w[] = {"managers", "supervisors", "leads", "leaders", "managed",
                                         "supervised", "led", "bosses", NULL};
    if (rd_in_list_w(r, boss) && (rd_in_list_w(w, boss) || rd_in_list_w(w, boss_w)))
        return 1;
    return 0;
}

/* A key of a table into itself whose role is who one answers to
 * (manager_id, supervisorId, reports_to): sets *ft, *fc; 0 when none. */
static int boss_key(const catalog *cat, const ground_index *gx, int *ft, int *fc)
{
    static const char *const boss[] = {"manager", "supervisor", "boss", "lead", "leader",
                                       "head", "report", "reports", NULL};
    for (role_iter it = ROLE_ITER_INIT; ground_role_next(cat, gx, &it);) {
        int t = it.at.t, c = it.at.c;
        char r[64];
        int found = 0;
        if (cat->tables[t].cols[c].ref_t != t || !rd_fk_role(cat, t, c, r, sizeof r))
            continue;
        for (char *w = r, *e; w && !found; w = e ? e + 1 : NULL) {
            if ((e = strchr(w, '_')) != NULL)
                *e = '\0';
            found = rd_in_list_w(w, boss);
        }
        if (found) {
            *ft = t;
            *fc = c;
            return 1;
        }
    }
    return 0;
}

/* The first word naming a foreign key's role, not part of another mention:
 * sets *ft, *fc and returns its token, or -1. */
int rd_find_role(const catalog *cat, const ground_index *gx, const toks *tk, const mention *m,
                 int nm, int *ft, int *fc)
{
    /* "report to X", "reports directly to X": a key of a table into itself
     * whose role is who one answers to (manager_id, supervisorId); the
     * role's word is "to", the name follows it */
    for (size_t i = 0; i + 1 < tk->n; i++) {
        static const char *const rep[] = {"report", "reports", "reported", "reporting", NULL};
        if (!rd_in_list_w(tk->v[i].w, rep))
            continue;
        size_t j = i + 1;
        if (tok_is(tk, j, "directly"))
            j++;
        if (tok_is(tk, j, "to") && boss_key(cat, gx, ft, fc))
            return (int)j;
    }
    for (size_t i = 0; i < tk->n; i++) {
        int taken = tk->v[i].isnum, in_value = -1;   /* the table of a value said by it */
        for (int j = 0; j < nm && !taken; j++)
            if (m[j].start <= (int)i && (int)i < m[j].end) {
                if (m[j].kind == MK_VALUE && m[j].nalts == 1 && m[j].end - m[j].start == 1)
                    in_value = m[j].alts[0].t;
                else
                    taken = 1;
            }
        if (taken)
            continue;
        for (role_iter it = ROLE_ITER_INIT; ground_role_next(cat, gx, &it);) {
            int t = it.at.t, c = it.at.c;
            char r[64];
            /* "servers" of staff.role along orders.serverId: the value's
             * rows are the ones the role's key points at */
            if (in_value >= 0 && (cat->tables[t].cols[c].ref_t != in_value || t == in_value))
                continue;   /* not a self-reference: "who are the supervisors" is the value */
            if (rd_fk_role(cat, t, c, r, sizeof r) && rd_role_word(tk->v[i].w, r)) {
                *ft = t;
                *fc = c;
                return (int)i;
            }
        }
    }
    return -1;
}

/* Does token i name some foreign key's role ("origin" for
 * originWarehouseId), outside every mention? */
static int role_token(const catalog *cat, const ground_index *gx, const toks *tk, const mention *m,
                      int nm, int i)
{
    if (i < 0 || (size_t)i >= tk->n || tk->v[i].isnum || tk->v[i].used)
        return 0;
    for (int j = 0; j < nm; j++)
        if (m[j].start <= i && i < m[j].end)
            return 0;
    for (role_iter it = ROLE_ITER_INIT; ground_role_next(cat, gx, &it);) {
        char r[64];
        if (rd_fk_role(cat, it.at.t, it.at.c, r, sizeof r) && rd_role_word(tk->v[i].w, r))
            return 1;
    }
    return 0;
}

/* "from X", "to Y": the word before token `start` (skipping "the"): 1 a
 * source, 2 a target, 0 neither. */
int rd_direction_word(const toks *tk, int start)
{
    int j = start - 1;
    if (j >= 0 && tok_is(tk, j, "the"))
        j--;
    if (j < 0)
        return 0;
    if (tok_is(tk, j, "from"))
        return 1;
    if (tok_is(tk, j, "to") || tok_is(tk, j, "into"))
        return 2;
    return 0;
}

/* Does a foreign key's name say it is where something comes from (1:
 * origin_airport_id, sender_id, from_account_id, home_team_id) or where it
 * goes (2: dest_airport_id, recipient_id, toAccountId)? 0: neither or both. */
static int key_direction(const char *name)
{
    static const char *const src[] = {"from", "origin", "orig", "source", "src", "sender",
                                      "sending", "departure", "depart", "departing", "home",
                                      "start", "payer", "outbound", NULL};
    static const char *const dst[] = {"to", "destination", "dest", "dst", "target", "tgt",
                                      "recipient", "receiver", "receiving", "arrival", "arrive",
                                      "arriving", "away", "end", "payee", "inbound", NULL};
    int dir = 0;
    char w[64];
    size_t k = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || *p == '-' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            int d = rd_in_list_w(w, src) ? 1 : rd_in_list_w(w, dst) ? 2 : 0;
            if (d && dir && d != dir)
                return 0;
            if (d)
                dir = d;
            k = 0;
        }
        if (!*p)
            break;
        if (*p != '_' && *p != '-' && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return dir;
}

/* The table holding the keys into ref on the join path from base: base
 * itself when it has one, else the table ref is reached from (never across
 * a one-to-many step); -1 when none. */
int rd_keys_holder(const catalog *cat, int base, int ref)
{
    const cat_table *bt = &cat->tables[base];
    for (size_t c = 0; c < bt->ncols; c++)
        if (bt->cols[c].ref_t == ref && bt->cols[c].ref_c >= 0)
            return base;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int t = -1;
    if (parent && depth) {
        joins_bfs(cat, base, parent, depth);
        if (depth[ref] > 0 && !parent[ref].fanout)
            t = parent[ref].a;
    }
    free(parent);
    free(depth);
    return t;
}

/* The key of table t into table ref whose name says direction dir: its
 * column; -1 when t has fewer than two keys into ref (the join is not in
 * doubt; no role to choose); -2 when two or more lead there and not exactly
 * one of them says dir. */
int rd_directed_key(const catalog *cat, int t, int ref, int dir)
{
    const cat_table *ct = &cat->tables[t];
    int nkeys = 0, found = -1, nfound = 0;
    if (ref == t)
        return -1;
    for (size_t c = 0; c < ct->ncols; c++) {
        if (ct->cols[c].ref_t != ref || ct->cols[c].ref_c < 0)
            continue;
        nkeys++;
        if (key_direction(ct->cols[c].name) == dir) {
            found = (int)c;
            nfound++;
        }
    }
    if (nkeys < 2)
        return -1;
    return nfound == 1 ? found : -2;
}

/* "tickets assigned to the Service Desk team", "reviewed by Ann": the key
 * of table t into table ref whose role the verb before "to"/"by" names
 * (assigneeId, not escalatedToId); its column, or -1. */
int rd_verb_key(const catalog *cat, const toks *tk, int start, int t, int ref)
{
    int j = start - 1;
    if (j >= 0 && tok_is(tk, (size_t)j, "the"))
        j--;
    if (j < 1 || t < 0 || !(tok_is(tk, (size_t)j, "to") || tok_is(tk, (size_t)j, "by")) ||
        !lex_is_past_verb(tk->v[j - 1].w))
        return -1;
    const cat_table *ct = &cat->tables[t];
    int found = -1, nfound = 0, nkeys = 0;
    for (size_t c = 0; c < ct->ncols; c++) {
        char role[64];
        if (ct->cols[c].ref_t != ref || ct->cols[c].ref_c < 0)
            continue;
        nkeys++;
        if (rd_fk_role(cat, t, (int)c, role, sizeof role) && rd_role_word(tk->v[j - 1].w, role)) {
            found = (int)c;
            nfound++;
        }
    }
    return nkeys >= 2 && nfound == 1 ? found : -1;
}

/* "legs.a_stop_id or legs.b_stop_id": the keys of t into ref, for a refusal */
void rd_keys_list(const catalog *cat, int t, int ref, char *out, size_t n)
{
    const cat_table *ct = &cat->tables[t];
    size_t len = 0;
    int k = 0;
    out[0] = '\0';
    for (size_t c = 0; c < ct->ncols && len < n; c++)
        if (ct->cols[c].ref_t == ref)
            len += (size_t)snprintf(out + len, n - len, "%s%.30s.%.30s", k++ ? " or " : "", ct->name,
                                    ct->cols[c].name);
}

/* Is join step e along a key named for a role (the key is in e.a unless
 * the step goes from the referenced table to the referencing one)? */
static int role_step(const catalog *cat, const jedge *e)
{
    return e->fanout ? cat->tables[e->b].cols[e->bc].role_key : cat->tables[e->a].cols[e->ac].role_key;
}

/* A table the query reads, joined along keys named for their tables
 * (enrollments -> sections -> courses.departmentId -> departments) where a
 * key named for a role reaches it in fewer steps (students.majorId): no
 * word said the role, so the plain path is taken and the note says so.
 * Two roles reaching it as soon (students.advisorId, sections.instructorId):
 * the one from a table the question names or reads is taken (the role's
 * join, query.h role_fk); else the reading cannot tell and declines. */
void rd_role_paths(const catalog *cat, query *q, reading *r, const mention *m, int nm)
{
    size_t n = cat->ntables;
    int used[3 + 2 * Q_MAXD + Q_MAXF], nu = 0;
    if (r->ambiguous[0] || q->role_fk)
        return;
    used[nu++] = q->m1.c >= 0 ? q->m1.t : -1;
    for (int i = 0; i < q->ndims; i++) {
        used[nu++] = q->dims[i].t;
        used[nu++] = q->labels[i].c >= 0 ? q->labels[i].t : -1;
    }
    for (int i = 0; i < q->nf; i++)
        used[nu++] = q->f[i].col.t;
    int other = 0;   /* a role's key into a table the query reads, besides the base */
    for (size_t t = 0; t < n && !other; t++)
        for (size_t c = 0; c < cat->tables[t].ncols && !other; c++) {
            int x = cat->tables[t].cols[c].ref_t;
            for (int i = 0; i < nu && cat->tables[t].cols[c].role_key && x >= 0 && x != q->base; i++)
                other |= used[i] == x;
        }
    if (!other)
        return;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), far = 0;
    if (parent && depth)
        joins_bfs(cat, q->base, parent, depth);
    for (int i = 0; parent && depth && i < nu; i++)
        if (used[i] >= 0 && depth[used[i]] > far)
            far = depth[used[i]];
    int done = 0;
    for (size_t t = 0; parent && depth && t < n && !done; t++) {
        if (depth[t] < 0 || depth[t] + 1 > far)
            continue;   /* no key of t reaches a table the query reads in as few steps */
        for (size_t c = 0; c < cat->tables[t].ncols && !done; c++) {
            const cat_column *k = &cat->tables[t].cols[c];
            int x = k->ref_t, is_used = 0, tie = 0;
            if (!k->role_key || x < 0 || x == (int)t || x == q->base || depth[x] < depth[t] + 1)
                continue;   /* the path taken is shorter */
            if (depth[x] == depth[t] + 1) {
                tie = role_step(cat, &parent[x]) && parent[x].a != (int)t;
                if (!tie)
                    continue;   /* as short and along no other role */
            }
            for (int i = 0; i < nu; i++)
                is_used |= used[i] == x;
            for (int u = (int)t; is_used && depth[u] > 0; u = parent[u].a)
                is_used = u != x;   /* not reached through x itself */
            if (!is_used)
                continue;
            done = 1;
            /* the key of the step into x: in the referencing table */
            const jedge *e = &parent[x];
            const cat_table *kt = &cat->tables[e->fanout ? e->b : e->a];
            const char *kn = kt->cols[e->fanout ? e->bc : e->ac].name;
            int said = 0;   /* t named by the question or read by the query */
            for (int i = 0; i < nm; i++)
                said |= m[i].kind == MK_TABLE && m[i].t == (int)t;
            for (int i = 0; i < nu; i++)
                said |= used[i] == (int)t;
            for (int u = x; tie && depth[u] > 0; u = parent[u].a)
                said &= parent[u].a != (int)t;   /* the path taken passes through t: it is t's */
            if (tie && said) {
                q->role_t = (int)t;
                q->role_fk = (int)c + 1;
            } else if (tie) {
                r->unplaced++;
                snprintf(r->why, sizeof r->why, "whether %.20s is joined along %.20s.%.20s or %.20s.%.20s",
                         cat->tables[x].name, kt->name, kn, cat->tables[t].name, k->name);
            } else {
                snprintf(r->ambiguous, sizeof r->ambiguous,
                         "joined %.20s along %.20s.%.20s; %.20s.%.20s also leads there",
                         cat->tables[x].name, kt->name, kn, cat->tables[t].name, k->name);
            }
        }
    }
    free(parent);
    free(depth);
}

/* Stage 0, continued: the mentions the grounding cannot find: the people,
 * what was paid or collected, a key's role, a text column named by its
 * head word, a duration word. */
int read_mentions(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    /* "people", "persons": the table of people, when the names say which;
     * "headcount": how many of them there are now */
    s->headcount = -1;
    for (size_t i = 0; i < s->tk.n && s->nm < M_MAX; i++) {
        static const char *const folk[] = {"people", "persons", "person", "individuals", "headcount",
                                           "head", NULL};
        int headcount = tok_is(&s->tk, i, "headcount") || tok_is(&s->tk, i, "head");
        int pt = headcount ? staff_table(cat) : -1;
        if (s->tk.v[i].used || !rd_in(s->tk.v[i].w, folk) || (pt < 0 && (pt = rd_person_table(cat)) < 0) ||
            (tok_is(&s->tk, i, "head") && !(i + 1 < s->tk.n && s->k.kw[i + 1] == KW_COUNT)))
            continue;
        if (headcount) {
            s->k.count = 1;
            s->headcount = pt;
        }
        memset(&s->m[s->nm], 0, sizeof s->m[s->nm]);
        s->m[s->nm].kind = MK_TABLE;
        s->m[s->nm].t = pt;
        s->m[s->nm].start = (int)i;
        s->m[s->nm].end = (int)i + 1;
        s->tk.v[i].used = 1;
        s->nm++;
    }
    /* "with their ids and names", "give driver id and name": the key shown
     * beside the name (not "member id, date and amount") */
    s->ids = 0;
    for (size_t i = 0; i < s->tk.n; i++) {
        int id = tok_is(&s->tk, i, "id") || tok_is(&s->tk, i, "ids");
        int name_after = i + 2 < s->tk.n && tok_is(&s->tk, i + 1, "and") &&
                         (tok_is(&s->tk, i + 2, "name") || tok_is(&s->tk, i + 2, "names"));
        int name_before = i >= 2 && tok_is(&s->tk, i - 1, "and") &&
                          (tok_is(&s->tk, i - 2, "name") || tok_is(&s->tk, i - 2, "names"));
        if (id && !s->tk.v[i].used && (name_after || name_before)) {
            s->tk.v[i].used = 1;
            s->ids = 1;
        }
    }
    /* "how much did customers pay": what they paid, as "spent" says */
    for (size_t i = 2; i < s->tk.n && s->nm < M_MAX; i++) {
        static const char *const payw[] = {"pay", "paid", "pays", NULL};
        int how_much = 0, concept = 0;
        for (size_t j = 0; j + 1 < i; j++)
            how_much |= tok_is(&s->tk, j, "how") && tok_is(&s->tk, j + 1, "much");
        for (int j = 0; j < s->nm; j++)
            concept |= s->m[j].kind == MK_CONCEPT || (s->m[j].kind == MK_COLUMN && rd_all_numeric(cat, &s->m[j]));
        int payer = 0;   /* who paid: a table named before the verb ("did customers pay") */
        for (int j = 0; j < s->nm; j++)
            payer |= s->m[j].kind == MK_TABLE && s->m[j].end <= (int)i;
        if (s->tk.v[i].used || !rd_in(s->tk.v[i].w, payw) || !how_much || concept || !payer ||
            rd_column_word(cat, s->tk.v[i].w))
            continue;
        memset(&s->m[s->nm], 0, sizeof s->m[s->nm]);
        s->m[s->nm].kind = MK_CONCEPT;
        s->m[s->nm].concept = CON_SPEND;
        s->m[s->nm].start = (int)i;
        s->m[s->nm].end = (int)i + 1;
        s->tk.v[i].used = 1;
        s->nm++;
        break;
    }
    /* "how much did we collect per payment method", "rent collected by
     * month": money taken in */
    for (size_t i = 1; i < s->tk.n && s->nm < M_MAX; i++) {
        static const char *const getw[] = {"collect", "collected", "receive", "received", "earn", "earned",
                                           NULL};
        int how_much = 0, concept = 0;
        for (size_t j = 0; j + 1 < i; j++)
            how_much |= tok_is(&s->tk, j, "how") && tok_is(&s->tk, j + 1, "much");
        for (int j = 0; j < s->nm; j++)
            concept |= s->m[j].kind == MK_CONCEPT || (s->m[j].kind == MK_COLUMN && rd_all_numeric(cat, &s->m[j]));
        /* "rent collected per month", "total fees received in 2024": the
         * past form right after a noun for sums of money, no count asked */
        int after_money = 0;
        for (int j = 0; j < s->nm && !how_much && !s->k.count; j++)
            after_money |= s->m[j].kind == MK_TABLE && s->m[j].end == (int)i &&
                           lex_is_past_verb(s->tk.v[i].w) &&
                           rd_money_noun(s->tk.v[s->m[j].end - 1].stem);
        if ((s->tk.v[i].used && !after_money) || !rd_in(s->tk.v[i].w, getw) || !(how_much || after_money) || concept ||
            rd_column_word(cat, s->tk.v[i].w))
            continue;
        memset(&s->m[s->nm], 0, sizeof s->m[s->nm]);
        s->m[s->nm].kind = MK_CONCEPT;
        s->m[s->nm].concept = CON_REVENUE;
        s->m[s->nm].start = (int)i;
        s->m[s->nm].end = (int)i + 1;
        s->tk.v[i].used = 1;
        s->nm++;
        break;
    }
    for (int i = 1; i < s->nm; i++)   /* in question order */
        for (int j = i; j > 0 && s->m[j].start < s->m[j - 1].start; j--) {
            mention tmp = s->m[j];
            s->m[j] = s->m[j - 1];
            s->m[j - 1] = tmp;
        }
    /* "which manager has the most direct reports": where a table has a key
     * into itself for whom one reports to, "reports" are its rows, and the
     * boss's word ("manager") names that key rather than a stored value */
    int bst = -1, bsc = -1;
    for (size_t i = 0; i < s->tk.n && s->nm < M_MAX && boss_key(cat, s->gx, &bst, &bsc); i++) {
        if (s->tk.v[i].used || !(tok_is(&s->tk, i, "reports") || tok_is(&s->tk, i, "reportees") ||
                                 tok_is(&s->tk, i, "subordinates")) || tok_is(&s->tk, i + 1, "to"))
            continue;
        memset(&s->m[s->nm], 0, sizeof s->m[s->nm]);
        s->m[s->nm].kind = MK_TABLE;
        s->m[s->nm].t = bst;
        s->m[s->nm].start = (int)i;
        s->m[s->nm].end = (int)i + 1;
        s->tk.v[i].used = 1;
        char role[64];
        rd_fk_role(cat, bst, bsc, role, sizeof role);
        for (int j = 0; j < s->nm; j++)
            if (s->m[j].kind == MK_VALUE && s->m[j].end - s->m[j].start == 1 && rd_role_word(s->tk.v[s->m[j].start].w, role)) {
                for (int x = j; x < s->nm; x++)   /* the value goes; the role word stays */
                    s->m[x] = s->m[x + 1];
                s->nm--;
                j--;
            }
        for (int j = s->nm; j > 0 && s->m[j].start < s->m[j - 1].start; j--) {
            mention tmp = s->m[j];
            s->m[j] = s->m[j - 1];
            s->m[j - 1] = tmp;
        }
        s->nm++;
        break;
    }
    /* "each manager", "have a manager", "per supervisor": a word naming
     * both a stored value ('manager') and a key's role (manager_id) reads
     * as the key after a grouping word or an article; the value then */
    for (int j = 0; j < s->nm; j++) {
        if (s->m[j].kind != MK_VALUE || s->m[j].end - s->m[j].start != 1 || s->m[j].start == 0)
            continue;
        const char *pw = s->tk.v[s->m[j].start - 1].w;
        static const char *const det[] = {"each", "every", "per", "a", "an", "their", "his", "her",
                                          "no", "without", "by", NULL};
        if (!rd_in(pw, det) || strcmp(s->tk.v[s->m[j].start].w, s->tk.v[s->m[j].start].stem))
            continue;
        int role = 0;
        for (size_t t = 0; t < cat->ntables && !role; t++)
            for (size_t c = 0; c < cat->tables[t].ncols && !role; c++) {
                char rl[64];
                role = rd_fk_role(cat, (int)t, (int)c, rl, sizeof rl) && !strcmp(rl, s->tk.v[s->m[j].start].w);
            }
        if (!role)
            continue;
        for (int x = j; x + 1 < s->nm; x++)   /* the value goes; the role word stays */
            s->m[x] = s->m[x + 1];
        s->nm--;
        j--;
    }
    /* "the cheapest membership plan" where 'membership' is a kind of
     * payment: a value said as a word of a table's name, its column neither
     * in that table, nor up its keys, nor in rows that refer to it, describes
     * no row of it; the word goes with the table's */
    for (int j = 0; j + 1 < s->nm; j++) {
        mention *v = &s->m[j], *t = &s->m[j + 1];
        if (v->kind != MK_VALUE || t->kind != MK_TABLE || v->end != t->start)
            continue;
        int near = 0;   /* "active customers": a state of their own subscriptions is theirs */
        for (int a = 0; a < v->nalts && !near; a++)
            near = v->alts[a].t == t->t || rd_up_path(cat, t->t, v->alts[a].t) ||
                   joins_distance_g(cat, ground_joins(s->gx), t->t, v->alts[a].t) < 2;
        if (near)
            continue;
        t->start = v->start;
        for (int x = j; x + 1 < s->nm; x++)
            s->m[x] = s->m[x + 1];
        s->nm--;
        j--;
    }
    /* "email address", "phone number": a text column named with the head
     * noun of its kind; the noun adds nothing */
    for (int i = 0; i < s->nm; i++) {
        static const char *const heads[] = {"address", "number", "code", NULL};
        int e = s->m[i].end;
        if (s->m[i].kind != MK_COLUMN || e >= (int)s->tk.n || s->tk.v[e].used || !rd_in(s->tk.v[e].w, heads))
            continue;
        int text = 1;
        for (int a = 0; a < s->m[i].nalts; a++)
            text &= cat->tables[s->m[i].alts[a].t].cols[s->m[i].alts[a].c].kind == COL_TEXT &&
                    !strstr(cat->tables[s->m[i].alts[a].t].cols[s->m[i].alts[a].c].name, s->tk.v[e].w);
        if (text)
            s->tk.v[e].used = 1;
    }
    /* "lasted longer than an hour": the duration word goes with the
     * threshold (a length of time), it is not the measure */
    for (int h = 0; h < s->k.nth; h++)
        for (int i = 0; s->k.th[h].unit > 0 && i < s->nm; i++)
            if (s->m[i].kind == MK_CONCEPT && s->m[i].concept == CON_DURATION && !s->m[i].measure &&
                s->m[i].end <= s->k.th[h].kwpos + 1)
                s->m[i].role = R_THRESH;
    r->nmentions = s->nm;
    return 0;
}

/* Stage 1: each mention's role (dimension, filter, threshold, ...) from the
 * words before it, and the subject. */

/* Do the words before token `at` only ask ("how many", "list the",
 * "which"), so that what follows opens the question? */
static int asks_before(const read_state *s, int at)
{
    for (int k = 0; k < at; k++)
        if (!s->k.kw[k] && !lex_is_stop(s->tk.v[k].w))
            return 0;
    return 1;
}

int read_roles(read_state *s)
{
    const catalog *cat = s->cat;
    /* 1. roles from the words before each mention */
    s->subject = -1;
    int carry = 0;
    s->verbs = 0;   /* column mentions read as the verb of a table's rows */
    for (int i = 0; i < s->nm; i++) {
        int kb = rd_kw_before(&s->tk, &s->k, s->m[i].start);
        /* "by origin city", "top 3 destination cities": the keyword goes
         * past the role words to the noun */
        int rs = s->m[i].start;
        while (rs > 0 && role_token(cat, s->gx, &s->tk, s->m, s->nm, rs - 1))
            rs--;
        if (rs < s->m[i].start)
            kb = rd_kw_before(&s->tk, &s->k, rs);
        if (carry && i > 0 && s->m[i].start == s->m[i - 1].end)
            kb = carry;   /* "the most borrowed books": the keyword goes on to the noun */
        if (kb == KW_LIST && i > 0) {
            /* "staff who left": a relative pronoun after a noun, not a question
             * ("For each clinic, which ...": the comma is gone, so not "which") */
            int j = s->m[i].start - 1;
            while (j > 0 && !s->k.kw[j] && lex_is_stop(s->tk.v[j].w))
                j--;
            if (j > 0 && (tok_is(&s->tk, j, "who") || tok_is(&s->tk, j, "that")) && s->m[i - 1].end == j &&
                s->m[i - 1].kind == MK_TABLE)
                kb = 0;
        }
        carry = 0;
        /* "top 5 employees by salary": in a ranking, a table named after a
         * value ranks by its own column (salaries.annual_salary) */
        if (s->m[i].kind == MK_TABLE && s->m[i].end - s->m[i].start == 1 && kb == KW_GROUP &&
            (s->k.top || s->k.bottom) && i > 0) {
            int own = rd_own_measure(cat, s->m[i].t, s->tk.v[s->m[i].start].stem);
            if (own >= 0) {
                s->m[i].kind = MK_COLUMN;
                s->m[i].alts[0] = (qcol){s->m[i].t, own};
                s->m[i].nalts = 1;
            }
        }
        const char *pw = s->tk.v[s->m[i].start].w;
        size_t lpw = strlen(pw);
        if (s->m[i].kind == MK_TABLE && s->m[i].end - s->m[i].start == 1 && s->subject < 0 &&
            (kb == KW_LIST || kb == KW_MAX || kb == KW_MIN) && i + 1 < s->nm &&
            s->m[i + 1].start == s->m[i].end && s->m[i + 1].kind == MK_TABLE &&
            ((lpw > 4 && !strcmp(pw + lpw - 2, "ed")) || (lpw > 5 && !strcmp(pw + lpw - 3, "ing")))) {
            carry = kb;   /* a participle naming the event table: what is counted */
            continue;
        }
        if (s->m[i].kind == MK_VALUE)
            s->m[i].role = R_FILTER;
        else if (kb == KW_GROUP && s->m[i].kind != MK_CONCEPT && !measure_like(cat, &s->m[i], s->subject, &s->k) &&
                 !ranked_by_rows(s->m, i, &s->k))
            s->m[i].role = R_DIM;
        else if (i > 0 && s->m[i - 1].role == R_DIM && s->m[i].start == s->m[i - 1].end + 1 &&
                 tok_is(&s->tk, s->m[i - 1].end, "and") && s->m[i].kind != MK_CONCEPT &&
                 !rd_all_numeric(cat, &s->m[i]))
            s->m[i].role = R_DIM;   /* "by region and channel": the second grouping too */
        else if ((kb == KW_LIST || kb == KW_MAX || kb == KW_MIN) && s->subject < 0 &&
                 s->m[i].kind != MK_CONCEPT && !rd_all_numeric(cat, &s->m[i]))
            s->subject = i;
        /* "gender split", "breakdown of status", "plan mix": a grouping */
        if (s->m[i].kind == MK_COLUMN && s->m[i].role == R_NONE && !rd_all_numeric(cat, &s->m[i]) &&
            (tok_is(&s->tk, s->m[i].end, "split") || tok_is(&s->tk, s->m[i].end, "breakdown") ||
             tok_is(&s->tk, s->m[i].end, "distribution") || tok_is(&s->tk, s->m[i].end, "mix") ||
             (s->m[i].start >= 2 && tok_is(&s->tk, s->m[i].start - 1, "of") &&
              (tok_is(&s->tk, s->m[i].start - 2, "breakdown") || tok_is(&s->tk, s->m[i].start - 2, "distribution") ||
               tok_is(&s->tk, s->m[i].start - 2, "split"))))) {
            s->m[i].role = R_DIM;
            if (s->subject == i)
                s->subject = -1;
            for (int j = s->m[i].start - 2; j <= s->m[i].end; j++)   /* the cue is placed */
                if (j >= 0 && (tok_is(&s->tk, (size_t)j, "split") || tok_is(&s->tk, (size_t)j, "breakdown") ||
                               tok_is(&s->tk, (size_t)j, "distribution") || tok_is(&s->tk, (size_t)j, "mix")))
                    s->tk.v[j].used = 1;
        }
        if (s->m[i].kind == MK_COLUMN && s->m[i].start > 0 && rd_all_numeric(cat, &s->m[i]) &&
            (tok_is(&s->tk, s->m[i].start - 1, "nothing") || tok_is(&s->tk, s->m[i].start - 1, "zero") ||
             integer_named(cat, &s->tk, &s->m[i])))
            s->m[i].role = R_ZERO;
        /* "appointments with no fee": the column is a condition, not the measure */
        int nb = s->m[i].start - 1;
        while (nb > 0 && (tok_is(&s->tk, nb, "a") || tok_is(&s->tk, nb, "an") || tok_is(&s->tk, nb, "any")))
            nb--;
        if (s->m[i].kind == MK_COLUMN && nb >= 0 && s->k.kw[nb] == KW_NEVER && s->m[i].role == R_NONE &&
            !rd_all_flags(cat, &s->m[i]))   /* "not hubs": a yes/no column says no (read_flags) */
            s->m[i].role = R_NULLED;
        /* a threshold's target: the mention right after the number */
        for (int h = 0; h < s->k.nth; h++)
            if (rd_th_at(&s->tk, &s->k.th[h], s->m[i].start) && s->m[i].role != R_FILTER &&
                !(s->tk.v[s->k.th[h].pos].money && rd_all_dates(cat, &s->m[i])))
                s->m[i].role = R_THRESH;   /* not "over $3,000 were issued" */
        /* "how many fills did each store dispense": the verb after "did"
         * and its subject says the event counted, not a measure */
        if (s->m[i].kind == MK_COLUMN && s->m[i].role == R_NONE && s->k.count && i > 0 &&
            s->m[i - 1].kind == MK_TABLE && s->m[i - 1].end == s->m[i].start && verb_after_did(&s->tk, s->m[i - 1].start))
            s->m[i].role = R_QUAL;
        if (s->m[i].kind != MK_TABLE)
            continue;
        /* "orders of customer 12", "transfers from account 12 to account
         * 40": a table named with a whole number right after it is the
         * row with that key, read in step 6 */
        if (s->m[i].end < (int)s->tk.n && s->tk.v[s->m[i].end].isnum && !s->tk.v[s->m[i].end].used &&
            !s->tk.v[s->m[i].end].money && s->tk.v[s->m[i].end].num >= 0 && s->tk.v[s->m[i].end].num < 1e15 &&
            s->tk.v[s->m[i].end].num == (double)(long long)s->tk.v[s->m[i].end].num &&
            catalog_primary_key(&cat->tables[s->m[i].t]) >= 0) {
            s->m[i].role = R_KEYREF;
            s->tk.v[s->m[i].end].used = 1;
            if (s->subject == i)
                s->subject = -1;   /* "what about account 3": not what is listed */
            continue;
        }
        /* "the Chicago clinic", "male patients": a table named next to one
         * of its values qualifies the value; it is not what is counted */
        int later_table = 0;
        for (int j = i + 1; j < s->nm; j++)
            later_table |= s->m[j].kind == MK_TABLE;
        /* ... but "Completed enrollments by letter grade for international
         * students": the rows that open the question, the next table not
         * beside them, are what it is about */
        int opens = i > 0 && s->m[i - 1].kind == MK_VALUE && s->m[i - 1].end == s->m[i].start &&
                    asks_before(s, s->m[i - 1].start) && i + 1 < s->nm && s->m[i + 1].start > s->m[i].end;
        for (int j = i + 1; j < s->nm && opens; j++)
            opens = s->m[j].kind != MK_TABLE || (s->m[j].start > s->m[i].end + 1 && s->m[j].t != s->m[i].t);
        if (opens)
            later_table = 0;
        /* ... unless counted by name, the later table one its rows refer
         * to: "how many home policies ... customers in Florida" */
        for (int j = 0; j < s->nm && later_table; j++)
            if (s->m[j].kind == MK_VALUE && s->m[j].end == s->m[i].start && s->m[j].start > 0 &&
                s->k.kw[s->m[j].start - 1] == KW_COUNT && refers_to_later(cat, s->m, s->nm, i))
                later_table = 0;
        for (int j = 0; j < s->nm && later_table; j++)
            if (s->m[j].kind == MK_VALUE && (s->m[j].end == s->m[i].start || s->m[j].start == s->m[i].end))
                for (int x = 0; x < s->m[j].nalts; x++)
                    if (s->m[j].alts[x].t == s->m[i].t && s->m[i].role == R_NONE)
                        s->m[i].role = R_QUAL;
        /* "with no prescription", "never placed an order" */
        int b = s->m[i].start - 1, skipped = 0, verb = -1;
        while (b >= 0 && s->k.kw[b] != KW_NEVER &&
               ((lex_is_stop(s->tk.v[b].w) && !s->k.kw[b]) || (!s->tk.v[b].used && !skipped++) ||
                /* "never requested any leave": the verb names the table's date */
                (i > 0 && s->m[i - 1].kind == MK_COLUMN && s->m[i - 1].start == b && s->m[i - 1].end == b + 1 &&
                 s->m[i - 1].nalts && s->m[i - 1].alts[0].t == s->m[i].t &&
                 rd_date_kind(&cat->tables[s->m[i].t].cols[s->m[i - 1].alts[0].c]) && !skipped++ && (verb = i - 1) >= 0)))
            b--;
        if (b >= 0 && s->k.kw[b] == KW_NEVER && s->m[i].start - b <= 3 + tok_is(&s->tk, b + 3, "single")) {
            s->m[i].role = R_NOTEXISTS;
            if (verb >= 0 && verb < 32) {
                s->m[verb].role = R_QUAL;
                s->verbs |= 1u << verb;
            }
        }
        /* "at least one support ticket", "more than zero orders" */
        for (int h = 0; h < s->k.nth; h++)
            if (rd_th_at(&s->tk, &s->k.th[h], s->m[i].start) &&
                ((s->k.th[h].op == OP_GE && s->k.th[h].num == 1) || (s->k.th[h].op == OP_GT && s->k.th[h].num == 0))) {
                s->m[i].role = R_EXISTS;
                s->k.th[h].done = 1;
            }
        /* "depots that have agents", "customers with an order": rows with
         * related rows (placed in step 4 when the table refers to the rows) */
        /* "have a savings account": a value of the table's before it */
        int lead = i > 0 && s->m[i - 1].kind == MK_VALUE && s->m[i - 1].end == s->m[i].start &&
                   s->m[i - 1].nalts && s->m[i - 1].alts[0].t == s->m[i].t;
        int hb = s->m[i - lead].start - 1;
        while (hb > 0 && (tok_is(&s->tk, hb, "a") || tok_is(&s->tk, hb, "an") || tok_is(&s->tk, hb, "any") ||
                          tok_is(&s->tk, hb, "some")))
            hb--;
        /* "customers who have placed an order": the verb between */
        if (hb > 1 && !s->tk.v[hb].used && lex_is_past_verb(s->tk.v[hb].w) &&
            (tok_is(&s->tk, hb - 1, "have") || tok_is(&s->tk, hb - 1, "has") || tok_is(&s->tk, hb - 1, "had")))
            hb--;
        if (s->m[i].role == R_NONE && i > lead && i != s->subject && hb > 0 && !s->k.kw[hb] &&
            (tok_is(&s->tk, hb, "have") || tok_is(&s->tk, hb, "has") || tok_is(&s->tk, hb, "had") ||
             tok_is(&s->tk, hb, "with")) &&
            s->m[i - 1 - lead].kind == MK_TABLE && s->m[i - 1 - lead].t != s->m[i].t && !s->k.top && !s->k.bottom && !s->k.sum && !s->k.avg &&
            !s->k.nth && !(strlen(pw) > 4 && !strcmp(pw + strlen(pw) - 2, "ed")))   /* not "have borrowed" */
            s->m[i].role = R_EXISTS;
    }
    /* "customer payments", "customer orders": a table's word before the
     * name of rows that belong to it says whose rows; the last names them */
    for (int i = 0; i + 1 < s->nm; i++) {
        mention *a = &s->m[i], *b = &s->m[i + 1];
        if (a->kind != MK_TABLE || b->kind != MK_TABLE || a->end != b->start || a->t == b->t ||
            a->role != R_NONE || b->role != R_NONE || a->end - a->start != 1 ||
            lex_is_past_verb(s->tk.v[b->start].w) ||   /* "members borrowed": a verb's rows */
            !rd_up_path(cat, b->t, a->t))
            continue;
        toks own = s->tk;   /* "membership invoices": a kind of invoice, not whose */
        own.v[a->start].used = 0;
        if (ground_value_words(cat, s->gx, &own, (size_t)a->start, 1))
            continue;
        a->role = R_OWNER;
        if (s->subject == i)
            s->subject = i + 1;
    }
    return 0;
}
