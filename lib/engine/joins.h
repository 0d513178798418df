/* joins.h: the foreign-key graph: shortest join paths between tables
 * (breadth-first, edges followed in both directions). */
#ifndef DBT_ENGINE_JOINS_H
#define DBT_ENGINE_JOINS_H

#include "catalog.h"

/* One join step: tables a and b joined on a.ac = b.bc; `fanout` is set when
 * the step goes from the referenced table to the referencing one. */
typedef struct jedge {
    int a, ac, b, bc;
    int fanout;
} jedge;

/* Breadth-first search from src. For every table t reachable, parent[t] is
 * the edge that reaches it (parent[t].b == t), depth[t] its distance; src
 * has depth 0; unreachable tables have depth -1. Arrays hold ntables. */
void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth);

/* Every table's distance from src in join steps (-1: unreachable), in a
 * new array the caller frees; NULL when out of memory or src is none. One
 * search for many distances from one table. */
int *joins_depths(const catalog *cat, int src);

/* Distance between two tables in join steps, or -1. */
int joins_distance(const catalog *cat, int a, int b);

#endif
