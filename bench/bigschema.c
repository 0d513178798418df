/* bigschema.c: builds the 1,000-table SQLite database the retrieval and
 * model-pipeline benches run on. The real tables of the given databases
 * (the evaluation databases, the sample) are copied with their own
 * definitions, keys and rows; around them go distractor tables from some
 * thirty other domains (a CRM, a shop, billing, HR, a hospital, a vet, a
 * bank, a school, IoT, hotels, flights...) whose names and columns overlap
 * the real ones as they do in a real warehouse: other "customers",
 * "accounts", "invoices", "appointments" and "events" tables under prefixes,
 * staging, archive and snapshot copies, foreign keys among them, and a few
 * dozen rows each drawn from shared pools (the same countries, plans,
 * statuses and specialties as the real data), so sample values overlap too.
 * Deterministic: the same sources give the same file.
 *
 *   bigschema OUT.sqlite [TABLES] SOURCE.sqlite...    (TABLES default 1000) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "pools.h"

#define MAX_TABLES 4000
#define MAX_COLS 16

/* ---- table archetypes --------------------------------------------------------
 * A column's generator: "@arch" an integer referencing that archetype in the
 * same domain (a plain integer when the domain lacks it), "=pool" a value of
 * the pool, "#LO:HI" an integer, "$LO:HI" a real, "d" a date, "t" a
 * timestamp, "p" a person's name, "c" a company, "e" an e-mail address,
 * "k" a code, "b" 0 or 1, "m" a month 'YYYY-MM'. A trailing '?' makes
 * about a quarter of the values NULL. */

typedef struct acol {
    const char *name, *type, *gen;
} acol;

typedef struct arch {
    const char *name;
    acol cols[MAX_COLS];
} arch;

static const arch archs[] = {
    { "customers", { { "name", "TEXT", "p" }, { "email", "TEXT", "e" }, { "country", "TEXT", "=country" },
                     { "city", "TEXT", "=city" }, { "signup_date", "TEXT", "d" },
                     { "segment", "TEXT", "=segment" } } },
    { "accounts", { { "name", "TEXT", "c" }, { "industry", "TEXT", "=industry" },
                    { "country", "TEXT", "=country" }, { "tier", "TEXT", "=tier" },
                    { "created_at", "TEXT", "d" }, { "owner_id", "INTEGER", "@employees" },
                    { "annual_revenue", "REAL", "$10000:9000000" } } },
    { "users", { { "account_id", "INTEGER", "@accounts" }, { "email", "TEXT", "e" },
                 { "role", "TEXT", "=role" }, { "created_at", "TEXT", "t" },
                 { "last_login_at", "TEXT", "t?" }, { "country", "TEXT", "=country" } } },
    { "contacts", { { "account_id", "INTEGER", "@accounts" }, { "name", "TEXT", "p" },
                    { "email", "TEXT", "e" }, { "title", "TEXT", "=title" }, { "phone", "TEXT", "k" } } },
    { "leads", { { "name", "TEXT", "p" }, { "company", "TEXT", "c" }, { "source", "TEXT", "=channel" },
                 { "status", "TEXT", "=status" }, { "created_at", "TEXT", "d" },
                 { "score", "INTEGER", "#1:100" } } },
    { "opportunities", { { "account_id", "INTEGER", "@accounts" }, { "name", "TEXT", "c" },
                         { "stage", "TEXT", "=stage" }, { "amount", "REAL", "$1000:250000" },
                         { "close_date", "TEXT", "d?" }, { "owner_id", "INTEGER", "@employees" } } },
    { "orders", { { "customer_id", "INTEGER", "@customers" }, { "order_date", "TEXT", "d" },
                  { "status", "TEXT", "=status" }, { "channel", "TEXT", "=channel" },
                  { "total", "REAL", "$5:2500" }, { "currency", "TEXT", "=currency" } } },
    { "order_items", { { "order_id", "INTEGER", "@orders" }, { "product_id", "INTEGER", "@products" },
                       { "quantity", "INTEGER", "#1:12" }, { "unit_price", "REAL", "$1:900" } } },
    { "products", { { "name", "TEXT", "=product" }, { "category_id", "INTEGER", "@categories" },
                    { "price", "REAL", "$1:900" }, { "sku", "TEXT", "k" }, { "created_at", "TEXT", "d" } } },
    { "categories", { { "name", "TEXT", "=category" }, { "parent_id", "INTEGER", "#1:10?" } } },
    { "payments", { { "order_id", "INTEGER", "@orders" }, { "invoice_id", "INTEGER", "@invoices" },
                    { "method", "TEXT", "=method" }, { "amount", "REAL", "$5:20000" },
                    { "paid_at", "TEXT", "t?" }, { "currency", "TEXT", "=currency" } } },
    { "invoices", { { "customer_id", "INTEGER", "@customers" }, { "account_id", "INTEGER", "@accounts" },
                    { "amount", "REAL", "$20:40000" }, { "issued_at", "TEXT", "d" },
                    { "due_date", "TEXT", "d" }, { "paid_at", "TEXT", "d?" },
                    { "status", "TEXT", "=pay_status" } } },
    { "subscriptions", { { "customer_id", "INTEGER", "@customers" }, { "plan", "TEXT", "=plan" },
                         { "monthly_fee", "REAL", "$0:5000" }, { "started_at", "TEXT", "d" },
                         { "ended_at", "TEXT", "d?" }, { "status", "TEXT", "=status" } } },
    { "events", { { "user_id", "INTEGER", "@users" }, { "event_type", "TEXT", "=event_type" },
                  { "occurred_at", "TEXT", "t" }, { "device", "TEXT", "=device" },
                  { "country", "TEXT", "=country" } } },
    { "sessions", { { "user_id", "INTEGER", "@users" }, { "started_at", "TEXT", "t" },
                    { "duration_sec", "INTEGER", "#5:7200" }, { "device", "TEXT", "=device" },
                    { "country", "TEXT", "=country" } } },
    { "page_views", { { "session_id", "INTEGER", "@sessions" }, { "url", "TEXT", "k" },
                      { "viewed_at", "TEXT", "t" }, { "referrer", "TEXT", "=channel" } } },
    { "tickets", { { "customer_id", "INTEGER", "@customers" }, { "subject", "TEXT", "=ticket_category" },
                   { "priority", "TEXT", "=priority" }, { "status", "TEXT", "=status" },
                   { "opened_at", "TEXT", "t" }, { "closed_at", "TEXT", "t?" },
                   { "satisfaction", "INTEGER", "#1:5?" } } },
    { "employees", { { "name", "TEXT", "p" }, { "department_id", "INTEGER", "@departments" },
                     { "title", "TEXT", "=title" }, { "hired_on", "TEXT", "d" },
                     { "salary", "REAL", "$30000:250000" }, { "country", "TEXT", "=country" } } },
    { "departments", { { "name", "TEXT", "=dept" }, { "cost_center", "TEXT", "k" },
                       { "location", "TEXT", "=city" } } },
    { "payroll", { { "employee_id", "INTEGER", "@employees" }, { "period", "TEXT", "m" },
                   { "gross", "REAL", "$2000:20000" }, { "net", "REAL", "$1500:15000" },
                   { "paid_on", "TEXT", "d" } } },
    { "timesheets", { { "employee_id", "INTEGER", "@employees" }, { "project_id", "INTEGER", "@projects" },
                      { "work_date", "TEXT", "d" }, { "hours", "REAL", "$0:12" } } },
    { "projects", { { "name", "TEXT", "c" }, { "client_id", "INTEGER", "@clients" },
                    { "status", "TEXT", "=status" }, { "budget", "REAL", "$5000:900000" },
                    { "started_on", "TEXT", "d" } } },
    { "clients", { { "name", "TEXT", "c" }, { "industry", "TEXT", "=industry" },
                   { "country", "TEXT", "=country" }, { "since", "TEXT", "d" } } },
    { "suppliers", { { "name", "TEXT", "c" }, { "country", "TEXT", "=country" },
                     { "rating", "INTEGER", "#1:5" }, { "category", "TEXT", "=category" } } },
    { "purchase_orders", { { "supplier_id", "INTEGER", "@suppliers" }, { "ordered_at", "TEXT", "d" },
                           { "status", "TEXT", "=status" }, { "total", "REAL", "$100:90000" } } },
    { "inventory", { { "product_id", "INTEGER", "@products" }, { "warehouse_id", "INTEGER", "@warehouses" },
                     { "quantity", "INTEGER", "#0:5000" }, { "updated_at", "TEXT", "t" } } },
    { "warehouses", { { "name", "TEXT", "=city" }, { "city", "TEXT", "=city" },
                      { "country", "TEXT", "=country" }, { "capacity", "INTEGER", "#1000:90000" } } },
    { "shipments", { { "order_id", "INTEGER", "@orders" }, { "carrier", "TEXT", "=carrier" },
                     { "shipped_at", "TEXT", "d" }, { "delivered_at", "TEXT", "d?" },
                     { "status", "TEXT", "=status" } } },
    { "returns", { { "order_id", "INTEGER", "@orders" }, { "reason", "TEXT", "=reason" },
                   { "refunded_amount", "REAL", "$1:900" }, { "returned_at", "TEXT", "d" } } },
    { "reviews", { { "product_id", "INTEGER", "@products" }, { "customer_id", "INTEGER", "@customers" },
                   { "rating", "INTEGER", "#1:5" }, { "created_at", "TEXT", "d" },
                   { "body", "TEXT", "=reason" } } },
    { "campaigns", { { "name", "TEXT", "c" }, { "channel", "TEXT", "=channel" },
                     { "budget", "REAL", "$500:200000" }, { "started_on", "TEXT", "d" },
                     { "ended_on", "TEXT", "d?" }, { "status", "TEXT", "=status" } } },
    { "ad_spend", { { "campaign_id", "INTEGER", "@campaigns" }, { "day", "TEXT", "d" },
                    { "spend", "REAL", "$10:9000" }, { "impressions", "INTEGER", "#100:900000" },
                    { "clicks", "INTEGER", "#0:20000" } } },
    { "email_sends", { { "campaign_id", "INTEGER", "@campaigns" }, { "customer_id", "INTEGER", "@customers" },
                       { "sent_at", "TEXT", "t" }, { "opened", "INTEGER", "b" },
                       { "clicked", "INTEGER", "b" } } },
    { "patients", { { "name", "TEXT", "p" }, { "birth_date", "TEXT", "d" }, { "sex", "TEXT", "=sex" },
                    { "city", "TEXT", "=city" }, { "insurance", "TEXT", "=insurance" } } },
    { "doctors", { { "name", "TEXT", "p" }, { "specialty", "TEXT", "=specialty" },
                   { "department_id", "INTEGER", "@departments" }, { "hired_on", "TEXT", "d" } } },
    { "appointments", { { "patient_id", "INTEGER", "@patients" }, { "doctor_id", "INTEGER", "@doctors" },
                        { "scheduled_at", "TEXT", "t" }, { "status", "TEXT", "=status" },
                        { "fee", "REAL", "$40:600?" }, { "duration_min", "INTEGER", "#10:90?" } } },
    { "prescriptions", { { "appointment_id", "INTEGER", "@appointments" }, { "drug", "TEXT", "=drug" },
                         { "dose", "TEXT", "k" }, { "quantity", "INTEGER", "#1:180" },
                         { "cost", "REAL", "$1:400" } } },
    { "lab_results", { { "patient_id", "INTEGER", "@patients" }, { "test", "TEXT", "=lab_test" },
                       { "value", "REAL", "$0:300" }, { "unit", "TEXT", "=unit" },
                       { "taken_at", "TEXT", "t" } } },
    { "admissions", { { "patient_id", "INTEGER", "@patients" }, { "ward", "TEXT", "=ward" },
                      { "admitted_at", "TEXT", "t" }, { "discharged_at", "TEXT", "t?" },
                      { "diagnosis", "TEXT", "=diagnosis" } } },
    { "claims", { { "patient_id", "INTEGER", "@patients" }, { "policy_id", "INTEGER", "@policies" },
                  { "amount", "REAL", "$50:60000" }, { "status", "TEXT", "=status" },
                  { "filed_at", "TEXT", "d" } } },
    { "policies", { { "customer_id", "INTEGER", "@customers" }, { "product", "TEXT", "=tier" },
                    { "premium", "REAL", "$20:900" }, { "start_date", "TEXT", "d" },
                    { "end_date", "TEXT", "d?" }, { "status", "TEXT", "=status" } } },
    { "pets", { { "owner_id", "INTEGER", "@customers" }, { "name", "TEXT", "=first" },
                { "species", "TEXT", "=species" }, { "birth_date", "TEXT", "d" } } },
    { "students", { { "name", "TEXT", "p" }, { "birth_date", "TEXT", "d" }, { "enrolled_on", "TEXT", "d" },
                    { "program", "TEXT", "=course" }, { "country", "TEXT", "=country" } } },
    { "courses", { { "name", "TEXT", "=course" }, { "department_id", "INTEGER", "@departments" },
                   { "credits", "INTEGER", "#1:6" }, { "level", "TEXT", "=tier" } } },
    { "enrollments", { { "student_id", "INTEGER", "@students" }, { "course_id", "INTEGER", "@courses" },
                       { "term", "TEXT", "=term" }, { "grade", "TEXT", "=grade?" } } },
    { "teachers", { { "name", "TEXT", "p" }, { "department_id", "INTEGER", "@departments" },
                    { "hired_on", "TEXT", "d" } } },
    { "devices", { { "user_id", "INTEGER", "@users" }, { "model", "TEXT", "=product" },
                   { "os", "TEXT", "=os" }, { "registered_at", "TEXT", "t" },
                   { "status", "TEXT", "=status" } } },
    { "sensor_readings", { { "device_id", "INTEGER", "@devices" }, { "metric", "TEXT", "=metric" },
                           { "value", "REAL", "$0:500" }, { "recorded_at", "TEXT", "t" } } },
    { "alerts", { { "device_id", "INTEGER", "@devices" }, { "severity", "TEXT", "=priority" },
                  { "message", "TEXT", "=metric" }, { "raised_at", "TEXT", "t" },
                  { "resolved_at", "TEXT", "t?" } } },
    { "bookings", { { "customer_id", "INTEGER", "@customers" }, { "room_id", "INTEGER", "@rooms" },
                    { "flight_id", "INTEGER", "@flights" }, { "check_in", "TEXT", "d" },
                    { "check_out", "TEXT", "d" }, { "status", "TEXT", "=status" },
                    { "total", "REAL", "$40:9000" } } },
    { "rooms", { { "hotel_id", "INTEGER", "@hotels" }, { "number", "TEXT", "k" },
                 { "type", "TEXT", "=room_type" }, { "rate", "REAL", "$40:900" } } },
    { "hotels", { { "name", "TEXT", "c" }, { "city", "TEXT", "=city" }, { "country", "TEXT", "=country" },
                  { "stars", "INTEGER", "#1:5" } } },
    { "flights", { { "origin", "TEXT", "=airport" }, { "destination", "TEXT", "=airport" },
                   { "departs_at", "TEXT", "t" }, { "arrives_at", "TEXT", "t" },
                   { "status", "TEXT", "=status" } } },
    { "passengers", { { "name", "TEXT", "p" }, { "nationality", "TEXT", "=country" },
                      { "birth_date", "TEXT", "d" } } },
    { "transactions", { { "account_id", "INTEGER", "@accounts" }, { "amount", "REAL", "$-5000:5000" },
                        { "kind", "TEXT", "=txn_kind" }, { "posted_at", "TEXT", "t" },
                        { "currency", "TEXT", "=currency" } } },
    { "loans", { { "customer_id", "INTEGER", "@customers" }, { "principal", "REAL", "$1000:500000" },
                 { "rate", "REAL", "$1:15" }, { "issued_on", "TEXT", "d" },
                 { "status", "TEXT", "=status" } } },
    { "cards", { { "customer_id", "INTEGER", "@customers" }, { "card_type", "TEXT", "=card_type" },
                 { "issued_on", "TEXT", "d" }, { "expires_on", "TEXT", "d" },
                 { "status", "TEXT", "=status" } } },
    { "vehicles", { { "plate", "TEXT", "k" }, { "make", "TEXT", "=make" },
                    { "year", "INTEGER", "#2005:2024" }, { "status", "TEXT", "=status" } } },
    { "drivers", { { "name", "TEXT", "p" }, { "license_no", "TEXT", "k" }, { "hired_on", "TEXT", "d" },
                   { "city", "TEXT", "=city" } } },
    { "trips", { { "vehicle_id", "INTEGER", "@vehicles" }, { "driver_id", "INTEGER", "@drivers" },
                 { "customer_id", "INTEGER", "@customers" }, { "started_at", "TEXT", "t" },
                 { "ended_at", "TEXT", "t?" }, { "distance_km", "REAL", "$1:300" },
                 { "fare", "REAL", "$3:400" } } },
    { "members", { { "name", "TEXT", "p" }, { "email", "TEXT", "e" }, { "joined_on", "TEXT", "d" },
                   { "tier", "TEXT", "=plan" }, { "city", "TEXT", "=city" } } },
    { "memberships", { { "member_id", "INTEGER", "@members" }, { "plan", "TEXT", "=plan" },
                       { "price", "REAL", "$10:300" }, { "started_on", "TEXT", "d" },
                       { "ended_on", "TEXT", "d?" } } },
    { "check_ins", { { "member_id", "INTEGER", "@members" }, { "checked_in_at", "TEXT", "t" },
                     { "location", "TEXT", "=city" } } },
    { "teams", { { "name", "TEXT", "=city" }, { "city", "TEXT", "=city" },
                 { "league", "TEXT", "=league" } } },
    { "players", { { "team_id", "INTEGER", "@teams" }, { "name", "TEXT", "p" },
                   { "position", "TEXT", "=position" }, { "salary", "REAL", "$30000:9000000" } } },
    { "matches", { { "home_team_id", "INTEGER", "@teams" }, { "away_team_id", "INTEGER", "@teams" },
                   { "played_on", "TEXT", "d" }, { "home_score", "INTEGER", "#0:6" },
                   { "away_score", "INTEGER", "#0:6" } } },
    { "articles", { { "author_id", "INTEGER", "@authors" }, { "title", "TEXT", "=section" },
                    { "published_at", "TEXT", "t" }, { "section", "TEXT", "=section" },
                    { "word_count", "INTEGER", "#200:4000" } } },
    { "authors", { { "name", "TEXT", "p" }, { "email", "TEXT", "e" }, { "joined_on", "TEXT", "d" } } },
    { "comments", { { "article_id", "INTEGER", "@articles" }, { "user_id", "INTEGER", "@users" },
                    { "body", "TEXT", "=reason" }, { "created_at", "TEXT", "t" } } },
    { "listings", { { "agent_id", "INTEGER", "@agents" }, { "address", "TEXT", "k" },
                    { "city", "TEXT", "=city" }, { "price", "REAL", "$90000:3000000" },
                    { "bedrooms", "INTEGER", "#0:6" }, { "listed_on", "TEXT", "d" },
                    { "status", "TEXT", "=status" } } },
    { "agents", { { "name", "TEXT", "p" }, { "agency", "TEXT", "c" }, { "city", "TEXT", "=city" } } },
    { "contracts", { { "client_id", "INTEGER", "@clients" }, { "value", "REAL", "$1000:2000000" },
                     { "signed_on", "TEXT", "d" }, { "ends_on", "TEXT", "d?" },
                     { "status", "TEXT", "=status" } } },
    { "cases", { { "client_id", "INTEGER", "@clients" }, { "type", "TEXT", "=case_type" },
                 { "opened_on", "TEXT", "d" }, { "closed_on", "TEXT", "d?" }, { "status", "TEXT", "=status" },
                 { "billed_hours", "REAL", "$0:900" } } },
    { "audit_log", { { "user_id", "INTEGER", "@users" }, { "action", "TEXT", "=action" },
                     { "object", "TEXT", "k" }, { "at", "TEXT", "t" } } },
    { "notifications", { { "user_id", "INTEGER", "@users" }, { "channel", "TEXT", "=channel" },
                         { "sent_at", "TEXT", "t" }, { "read_at", "TEXT", "t?" } } },
    { "experiments", { { "name", "TEXT", "k" }, { "started_on", "TEXT", "d" }, { "ended_on", "TEXT", "d?" },
                       { "status", "TEXT", "=status" } } },
    { "experiment_assignments", { { "experiment_id", "INTEGER", "@experiments" },
                                  { "user_id", "INTEGER", "@users" }, { "variant", "TEXT", "=variant" },
                                  { "assigned_at", "TEXT", "t" } } },
    { "refunds", { { "payment_id", "INTEGER", "@payments" }, { "amount", "REAL", "$1:5000" },
                   { "reason", "TEXT", "=reason" }, { "refunded_at", "TEXT", "d" } } },
    { "coupons", { { "code", "TEXT", "k" }, { "discount_pct", "REAL", "$5:50" },
                   { "valid_from", "TEXT", "d" }, { "valid_to", "TEXT", "d" } } },
    { "stores", { { "name", "TEXT", "=city" }, { "city", "TEXT", "=city" }, { "country", "TEXT", "=country" },
                  { "region", "TEXT", "=region" }, { "opened_on", "TEXT", "d" } } },
    { "sales", { { "store_id", "INTEGER", "@stores" }, { "product_id", "INTEGER", "@products" },
                 { "sold_at", "TEXT", "t" }, { "quantity", "INTEGER", "#1:20" },
                 { "amount", "REAL", "$1:3000" } } },
    { "budgets", { { "department_id", "INTEGER", "@departments" }, { "year", "INTEGER", "#2019:2025" },
                   { "amount", "REAL", "$10000:5000000" } } },
    { "expenses", { { "employee_id", "INTEGER", "@employees" }, { "category", "TEXT", "=category" },
                    { "amount", "REAL", "$5:9000" }, { "spent_on", "TEXT", "d" },
                    { "status", "TEXT", "=pay_status" } } },
    { "gl_entries", { { "account_code", "TEXT", "k" }, { "debit", "REAL", "$0:90000" },
                      { "credit", "REAL", "$0:90000" }, { "posted_on", "TEXT", "d" },
                      { "memo", "TEXT", "=txn_kind" } } },
    { "exchange_rates", { { "currency", "TEXT", "=currency" }, { "rate", "REAL", "$0:200" },
                          { "on_date", "TEXT", "d" } } },
    { "shifts", { { "employee_id", "INTEGER", "@employees" }, { "weekday", "TEXT", "=weekday" },
                  { "starts_at", "TEXT", "t" }, { "ends_at", "TEXT", "t" } } },
    { "locations", { { "name", "TEXT", "=city" }, { "city", "TEXT", "=city" },
                     { "region", "TEXT", "=region" }, { "opened_on", "TEXT", "d" } } },
    { "visits", { { "patient_id", "INTEGER", "@patients" }, { "doctor_id", "INTEGER", "@doctors" },
                  { "location_id", "INTEGER", "@locations" }, { "visited_at", "TEXT", "t" },
                  { "reason", "TEXT", "=diagnosis" }, { "charge", "REAL", "$30:900" } } },
};

/* Domains: a prefix and the archetypes it has. Every distractor carries a
 * prefix (a schema flattened into the name, as warehouses do): the real
 * tables keep their own names, and an unprefixed "customers" beside the
 * evaluation's "accounts" would make the questions ambiguous rather than
 * the retrieval hard. */
typedef struct domain {
    const char *prefix;
    const char *const *archs;
} domain;

#define D(prefix, ...) { prefix, (const char *const[]){ __VA_ARGS__, NULL } }
static const domain domains[] = {
    D("core", "customers", "orders", "order_items", "products", "categories", "payments", "events",
      "employees", "departments", "accounts", "users", "invoices", "subscriptions", "sessions", "tickets",
      "members", "transactions", "contracts", "locations"),
    D("crm", "accounts", "contacts", "leads", "opportunities", "users", "events", "tickets", "campaigns",
      "email_sends", "customers", "notifications", "audit_log", "employees", "departments"),
    D("shop", "customers", "orders", "order_items", "products", "categories", "payments", "shipments",
      "returns", "reviews", "coupons", "refunds", "inventory", "warehouses", "events", "sessions",
      "page_views", "users"),
    D("billing", "accounts", "customers", "invoices", "payments", "subscriptions", "refunds", "coupons",
      "transactions", "exchange_rates", "audit_log", "users", "orders"),
    D("hr", "employees", "departments", "payroll", "timesheets", "projects", "expenses", "budgets", "users",
      "shifts", "locations", "clients"),
    D("fin", "gl_entries", "budgets", "expenses", "invoices", "payments", "exchange_rates", "accounts",
      "transactions", "departments", "employees", "customers", "orders"),
    D("hosp", "patients", "doctors", "appointments", "prescriptions", "lab_results", "admissions", "claims",
      "departments", "employees", "invoices", "policies", "customers", "visits", "locations", "shifts"),
    D("vet", "customers", "pets", "patients", "doctors", "appointments", "prescriptions", "invoices",
      "payments", "visits", "locations", "employees", "departments"),
    D("dental", "patients", "doctors", "appointments", "invoices", "claims", "policies", "customers",
      "locations", "payments", "departments"),
    D("ins", "customers", "policies", "claims", "payments", "agents", "patients", "invoices", "events"),
    D("bank", "customers", "accounts", "transactions", "loans", "cards", "events", "employees",
      "departments", "locations", "users", "audit_log"),
    D("edu", "students", "courses", "enrollments", "teachers", "departments", "payments", "events", "users",
      "invoices", "locations"),
    D("iot", "devices", "sensor_readings", "alerts", "users", "events", "accounts", "locations",
      "subscriptions"),
    D("hotel", "hotels", "rooms", "bookings", "customers", "payments", "reviews", "employees", "invoices",
      "departments", "events"),
    D("air", "flights", "passengers", "bookings", "payments", "customers", "employees", "events",
      "tickets"),
    D("rides", "vehicles", "trips", "drivers", "customers", "payments", "events", "reviews", "users",
      "locations"),
    D("gym", "members", "memberships", "check_ins", "payments", "employees", "events", "locations",
      "invoices", "subscriptions"),
    D("sports", "teams", "players", "matches", "events", "tickets", "customers", "orders", "payments"),
    D("news", "articles", "authors", "comments", "users", "subscriptions", "events", "page_views",
      "sessions", "payments", "campaigns"),
    D("realty", "listings", "agents", "customers", "contracts", "events", "payments", "locations"),
    D("legal", "clients", "cases", "contracts", "timesheets", "invoices", "employees", "projects",
      "payments"),
    D("mkt", "campaigns", "ad_spend", "email_sends", "leads", "events", "experiments",
      "experiment_assignments", "customers", "users", "accounts", "sessions", "page_views"),
    D("app", "users", "events", "sessions", "page_views", "devices", "experiments",
      "experiment_assignments", "notifications", "subscriptions", "accounts", "audit_log", "payments",
      "invoices", "tickets"),
    D("pos", "stores", "sales", "products", "categories", "employees", "inventory", "customers", "shifts",
      "payments", "returns", "locations"),
    D("erp", "suppliers", "purchase_orders", "inventory", "warehouses", "products", "shipments", "invoices",
      "payments", "customers", "orders", "order_items", "employees", "departments", "budgets"),
    D("helpdesk", "tickets", "users", "customers", "accounts", "events", "employees", "departments",
      "notifications", "subscriptions"),
    D("consult", "clients", "projects", "timesheets", "invoices", "employees", "contracts", "expenses",
      "payments", "accounts"),
    D("telco", "customers", "subscriptions", "devices", "invoices", "payments", "events", "tickets",
      "accounts", "users", "locations"),
    D("game", "users", "sessions", "events", "payments", "devices", "matches", "teams", "players",
      "subscriptions", "experiments"),
    D("energy", "customers", "accounts", "invoices", "devices", "sensor_readings", "payments", "alerts",
      "locations", "tickets"),
    D("pharma", "customers", "prescriptions", "products", "orders", "order_items", "payments", "inventory",
      "patients", "doctors", "suppliers", "stores"),
    D("lib", "members", "memberships", "loans", "events", "employees", "locations", "payments"),
    D("saas2", "accounts", "users", "subscriptions", "invoices", "payments", "tickets", "events",
      "plans_history", "usage"),
    D("partner", "accounts", "contacts", "opportunities", "contracts", "invoices", "payments", "users"),
    D("events", "events", "customers", "orders", "tickets", "payments", "locations", "sessions"),
    D("clinic_legacy", "patients", "appointments", "doctors", "invoices", "visits", "locations"),
};
#undef D

/* copies of base tables as warehouses keep them: a prefix or a suffix */
static const char *const variants[][2] = {
    { "stg_", "" }, { "", "_archive" }, { "", "_snapshot" }, { "raw_", "" }, { "", "_2022" },
    { "", "_backup" }, { "tmp_", "" }, { "", "_history" }, { "", "_v2" }, { "", "_daily" },
    { "int_", "" }, { "", "_old" },
};

/* ---- the generated tables ------------------------------------------------------ */

typedef struct gcol {
    char name[64];
    const char *type, *gen;
    char ref[96];        /* referenced table, or "" */
} gcol;

typedef struct gtable {
    char name[96];
    gcol cols[MAX_COLS + 3];
    int ncols;
} gtable;

static gtable *tables;
static int ntables;

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next_rand(void)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545f4914f6cdd1dull;
}

static int rnd(int lo, int hi)
{
    return lo + (int)(next_rand() % (uint64_t)(hi - lo + 1));
}

static const arch *find_arch(const char *name)
{
    for (size_t i = 0; i < sizeof archs / sizeof *archs; i++)
        if (strcmp(archs[i].name, name) == 0)
            return &archs[i];
    return NULL;
}

static int table_exists(sqlite3 *db, const char *name)
{
    for (int i = 0; i < ntables; i++)
        if (strcmp(tables[i].name, name) == 0)
            return 1;
    sqlite3_stmt *st;
    int found = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE lower(name) = lower(?1)", -1, &st,
        NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }
    return found;
}

static void table_name(char *out, size_t n, const char *prefix, const char *arch_name)
{
    if (*prefix)
        snprintf(out, n, "%s_%s", prefix, arch_name);
    else
        snprintf(out, n, "%s", arch_name);
}

/* Does the domain have this archetype? */
static int domain_has(const domain *d, const char *arch_name)
{
    for (const char *const *a = d->archs; *a; a++)
        if (strcmp(*a, arch_name) == 0)
            return 1;
    return 0;
}

/* A base table of the domain from its archetype (one without a definition
 * gets a small generic one: an id, a name, a status, a date). */
static void add_base(sqlite3 *db, const domain *d, const char *arch_name)
{
    static const arch generic = { "", { { "name", "TEXT", "k" }, { "status", "TEXT", "=status" },
                                        { "amount", "REAL", "$1:900" }, { "created_at", "TEXT", "t" } } };
    const arch *a = find_arch(arch_name);
    if (!a)
        a = &generic;
    gtable t;
    memset(&t, 0, sizeof t);
    table_name(t.name, sizeof t.name, d->prefix, arch_name);
    if (table_exists(db, t.name) || ntables == MAX_TABLES)
        return;
    for (int c = 0; c < MAX_COLS && a->cols[c].name; c++) {
        gcol *g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "%s", a->cols[c].name);
        g->type = a->cols[c].type;
        g->gen = a->cols[c].gen;
        if (g->gen[0] == '@') {
            char target[96];
            table_name(target, sizeof target, d->prefix, g->gen + 1);
            /* the domain's own table, or (unprefixed domain) any table of that name */
            if (domain_has(d, g->gen + 1) || (!*d->prefix && table_exists(db, target)))
                snprintf(g->ref, sizeof g->ref, "%s", target);
        }
    }
    tables[ntables++] = t;
}

/* A warehouse copy of base table b: the same columns; staging and raw
 * copies declare no keys and carry load columns; snapshots a date. */
static void add_variant(sqlite3 *db, const gtable *b, const char *pre, const char *suf)
{
    gtable t = *b;
    snprintf(t.name, sizeof t.name, "%s%s%s", pre, b->name, suf);
    if (table_exists(db, t.name) || ntables == MAX_TABLES)
        return;
    int staged = strcmp(pre, "stg_") == 0 || strcmp(pre, "raw_") == 0;
    int keyless = *pre || strstr(suf, "archive") || strstr(suf, "backup") || strstr(suf, "old");
    for (int c = 0; c < t.ncols; c++)
        if (keyless)
            t.cols[c].ref[0] = '\0';
    if (staged) {
        gcol *g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "loaded_at");
        g->type = "TEXT";
        g->gen = "t";
        g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "source_file");
        g->type = "TEXT";
        g->gen = "k";
    } else if (strstr(suf, "snapshot") || strstr(suf, "daily")) {
        gcol *g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "snapshot_date");
        g->type = "TEXT";
        g->gen = "d";
    } else if (strstr(suf, "history")) {
        gcol *g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "valid_from");
        g->type = "TEXT";
        g->gen = "t";
        g = &t.cols[t.ncols++];
        snprintf(g->name, sizeof g->name, "valid_to");
        g->type = "TEXT";
        g->gen = "t?";
    }
    tables[ntables++] = t;
}

/* ---- writing ------------------------------------------------------------------ */

static int exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "bigschema: %s\n  in: %.200s\n", msg ? msg : "?", sql);
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static void bind_value(sqlite3_stmt *st, int i, const char *gen, int row)
{
    char v[128];
    size_t n = strlen(gen);
    int nullable = n && gen[n - 1] == '?';
    if (nullable && next_rand() % 4 == 0) {
        sqlite3_bind_null(st, i);
        return;
    }
    char g[64];
    snprintf(g, sizeof g, "%.*s", (int)(nullable ? n - 1 : n), gen);
    const char *const *pl;
    int lo, hi;
    switch (g[0]) {
    case '@':
        sqlite3_bind_int(st, i, rnd(1, 40));
        return;
    case '=':
        pl = bench_pool(g + 1);
        if (pl) {
            int k = 0;
            while (pl[k])
                k++;
            sqlite3_bind_text(st, i, pl[rnd(0, k - 1)], -1, SQLITE_STATIC);
        } else {
            sqlite3_bind_null(st, i);
        }
        return;
    case '#':
        if (sscanf(g + 1, "%d:%d", &lo, &hi) == 2)
            sqlite3_bind_int(st, i, rnd(lo, hi));
        return;
    case '$':
        if (sscanf(g + 1, "%d:%d", &lo, &hi) == 2)
            sqlite3_bind_double(st, i, rnd(lo * 100, hi * 100) / 100.0);
        return;
    case 'd':
        snprintf(v, sizeof v, "%04d-%02d-%02d", rnd(2019, 2024), rnd(1, 12), rnd(1, 28));
        break;
    case 't':
        snprintf(v, sizeof v, "%04d-%02d-%02d %02d:%02d:%02d", rnd(2019, 2024), rnd(1, 12), rnd(1, 28),
                 rnd(0, 23), rnd(0, 59), rnd(0, 59));
        break;
    case 'm':
        snprintf(v, sizeof v, "%04d-%02d", rnd(2019, 2024), rnd(1, 12));
        break;
    case 'p': {
        const char *const *f = bench_pool("first"), *const *l = bench_pool("last");
        snprintf(v, sizeof v, "%s %s", f[rnd(0, 17)], l[rnd(0, 13)]);
        break;
    }
    case 'c':
        snprintf(v, sizeof v, "%s", bench_pool("company")[rnd(0, 11)]);
        break;
    case 'e':
        snprintf(v, sizeof v, "user%d.%d@example.com", row, rnd(1, 999));
        break;
    case 'k':
        snprintf(v, sizeof v, "%c%c-%05d", 'A' + rnd(0, 25), 'A' + rnd(0, 25), rnd(0, 99999));
        break;
    case 'b':
        sqlite3_bind_int(st, i, rnd(0, 1));
        return;
    default:
        sqlite3_bind_null(st, i);
        return;
    }
    sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

static int write_table(sqlite3 *db, const gtable *t)
{
    char sql[4096];
    size_t n = (size_t)snprintf(sql, sizeof sql, "CREATE TABLE \"%s\" (\n    id INTEGER PRIMARY KEY", t->name);
    for (int c = 0; c < t->ncols; c++)
        n += (size_t)snprintf(sql + n, sizeof sql - n, ",\n    %s %s", t->cols[c].name, t->cols[c].type);
    for (int c = 0; c < t->ncols; c++)
        if (t->cols[c].ref[0])
            n += (size_t)snprintf(sql + n, sizeof sql - n, ",\n    FOREIGN KEY (%s) REFERENCES \"%s\"(id)",
                                  t->cols[c].name, t->cols[c].ref);
    snprintf(sql + n, sizeof sql - n, "\n)");
    if (exec(db, sql) < 0)
        return -1;
    n = (size_t)snprintf(sql, sizeof sql, "INSERT INTO \"%s\" VALUES (?1", t->name);
    for (int c = 0; c < t->ncols; c++)
        n += (size_t)snprintf(sql + n, sizeof sql - n, ", ?%d", c + 2);
    snprintf(sql + n, sizeof sql - n, ")");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "bigschema: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    int rows = rnd(15, 60);
    for (int r = 1; r <= rows; r++) {
        sqlite3_bind_int(st, 1, r);
        for (int c = 0; c < t->ncols; c++)
            bind_value(st, c + 2, t->cols[c].gen, r);
        if (sqlite3_step(st) != SQLITE_DONE) {
            fprintf(stderr, "bigschema: %s: %s\n", t->name, sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return -1;
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return 0;
}

/* Copy every table (definition, rows, indexes) of a source database. */
static int copy_source(sqlite3 *db, const char *path, int *copied)
{
    char *q = sqlite3_mprintf("ATTACH %Q AS src", path);
    int rc = exec(db, q);
    sqlite3_free(q);
    if (rc < 0 || exec(db, "BEGIN") < 0)
        return -1;
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(db, "SELECT type, name, sql FROM src.sqlite_schema WHERE sql IS NOT NULL "
                                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type = 'index', rowid",
                            -1, &st, NULL);
    while (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(st, 0);
        const char *name = (const char *)sqlite3_column_text(st, 1);
        const char *sql = (const char *)sqlite3_column_text(st, 2);
        if (strcmp(type, "table") != 0 && strcmp(type, "index") != 0)
            continue;
        if (strcmp(type, "table") == 0 && table_exists(db, name)) {
            fprintf(stderr, "bigschema: %s: table %s is already there; skipped\n", path, name);
            continue;
        }
        if (exec(db, sql) < 0) {
            rc = SQLITE_ERROR;
            break;
        }
        if (strcmp(type, "table") == 0) {
            q = sqlite3_mprintf("INSERT INTO main.\"%w\" SELECT * FROM src.\"%w\"", name, name);
            rc = exec(db, q) < 0 ? SQLITE_ERROR : SQLITE_OK;
            sqlite3_free(q);
            (*copied)++;
        }
    }
    sqlite3_finalize(st);
    if (exec(db, "COMMIT") < 0 || exec(db, "DETACH src") < 0)
        return -1;
    return rc == SQLITE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bigschema OUT.sqlite [TABLES] SOURCE.sqlite...\n");
        return 2;
    }
    int first = 2, want = 1000;
    char *end;
    long w = strtol(argv[2], &end, 10);
    if (*end == '\0') {
        want = (int)w;
        first = 3;
    }
    if (want < 1 || want > MAX_TABLES) {
        fprintf(stderr, "bigschema: TABLES must be 1 to %d\n", MAX_TABLES);
        return 2;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    remove(tmp);
    sqlite3 *db;
    if (sqlite3_open(tmp, &db) != SQLITE_OK) {
        fprintf(stderr, "bigschema: cannot create %s: %s\n", tmp, sqlite3_errmsg(db));
        return 1;
    }
    tables = calloc(MAX_TABLES, sizeof *tables);
    if (!tables || exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF") < 0)
        return 1;
    int real = 0;
    for (int i = first; i < argc; i++)
        if (copy_source(db, argv[i], &real) < 0)
            return 1;
    if (exec(db, "BEGIN") < 0)
        return 1;
    /* base tables of every domain, then warehouse copies, round robin */
    for (size_t d = 0; d < sizeof domains / sizeof *domains; d++)
        for (const char *const *a = domains[d].archs; *a; a++)
            add_base(db, &domains[d], *a);
    int nbase = ntables, stride = nbase % 7 ? 7 : 11;
    for (size_t v = 0; v < sizeof variants / sizeof *variants && real + ntables < want; v++)
        for (int b = 0; b < nbase && real + ntables < want; b++)
            add_variant(db, &tables[(b * stride + (int)v * 5) % nbase], variants[v][0], variants[v][1]);
    if (real + ntables > want)
        ntables = want > real ? want - real : 0;
    for (int i = 0; i < ntables; i++)
        if (write_table(db, &tables[i]) < 0)
            return 1;
    if (exec(db, "COMMIT") < 0)
        return 1;
    sqlite3_close(db);
    if (rename(tmp, argv[1]) != 0) {
        perror("bigschema: rename");
        return 1;
    }
    printf("bigschema: %s: %d real tables + %d distractors (%d base, %d copies) = %d tables\n", argv[1], real,
           ntables, nbase < ntables ? nbase : ntables, ntables > nbase ? ntables - nbase : 0, real + ntables);
    free(tables);
    return 0;
}
