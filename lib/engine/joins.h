/* joins.h: the foreign-key graph: cheapest join paths between tables
 * (edges followed in both directions; a step along a key named for a role
 * rather than for its table costs more). */
#ifndef DBT_ENGINE_JOINS_H
#define DBT_ENGINE_JOINS_H

#include "catalog.h"

/* One join step: tables a and b joined on a.ac = b.bc; `fanout` is set when
 * the step goes from the referenced table to the referencing one. */
typedef struct jedge {
    int a, ac, b, bc;
    int fanout;
} jedge;

/* Is key column c of table t named for a role (majorId -> departments,
 * advisorId -> teachers, origin_id -> airports) rather than for the table it
 * references (departmentId -> departments, sku -> products.sku)? Decided
 * once by catalog_finish (cat_column.role_key). */
int joins_is_role(const catalog *cat, int t, int c);

/* Cheapest paths from src (a step along a role's key costs two and a half
 * plain steps; among equal costs, the first reached). For every table t
 * reachable, parent[t] is the edge that reaches it (parent[t].b == t),
 * depth[t] its steps from src; src has depth 0; unreachable tables have
 * depth -1. Arrays hold ntables. */
void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth);

/* Every table's distance from src in join steps (-1: unreachable), in a
 * new array the caller frees; NULL when out of memory or src is none. One
 * search for many distances from one table. */
int *joins_depths(const catalog *cat, int src);

/* Steps on the cheapest path between two tables, or -1. */
int joins_distance(const catalog *cat, int a, int b);

/* The foreign-key graph joins_bfs searches, collected once (a pass over
 * every column); NULL when out of memory. The _g functions search it, or
 * collect it anew when g is NULL, as the plain ones do. The catalog must
 * outlive it and keep its keys. */
typedef struct joins_graph joins_graph;
joins_graph *joins_graph_new(const catalog *cat);
void joins_graph_free(joins_graph *g);
void joins_bfs_g(const catalog *cat, const joins_graph *g, int src, jedge *parent, int *depth);
int *joins_depths_g(const catalog *cat, const joins_graph *g, int src);
int joins_distance_g(const catalog *cat, const joins_graph *g, int a, int b);

#endif
