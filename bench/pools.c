/* pools.c: the value pools the benches draw sample values from (see
 * pools.h): countries, cities, statuses, plans, names, and so on. */
#include "pools.h"

#include <stddef.h>
#include <string.h>

typedef struct pool {
    const char *name;
    const char *const *v;
} pool;

#define P(name, ...) { name, (const char *const[]){ __VA_ARGS__, NULL } }
static const pool pools[] = {
    P("country", "United States", "Germany", "France", "United Kingdom", "Japan", "Canada", "Brazil",
      "India", "Australia", "Spain", "Netherlands", "Italy", "Mexico", "Sweden"),
    P("city", "Boston", "New York", "Chicago", "Seattle", "Berlin", "Paris", "London", "Tokyo",
      "Toronto", "Madrid", "Austin", "Denver", "Miami", "Houston", "Atlanta", "Phoenix"),
    P("region", "Northeast", "Midwest", "South", "West", "EMEA", "APAC", "LATAM", "North America"),
    P("status", "active", "inactive", "pending", "cancelled", "completed", "open", "closed", "failed"),
    P("pay_status", "paid", "open", "overdue", "refunded", "void", "pending"),
    P("plan", "free", "starter", "pro", "business", "enterprise", "basic", "premium"),
    P("tier", "bronze", "silver", "gold", "platinum", "standard", "premium"),
    P("priority", "low", "medium", "high", "urgent", "critical"),
    P("channel", "web", "mobile", "email", "phone", "partner", "retail", "social", "referral"),
    P("industry", "Software", "Retail", "Healthcare", "Finance", "Manufacturing", "Education",
      "Logistics", "Media", "Energy", "Hospitality"),
    P("role", "admin", "member", "viewer", "owner", "editor", "analyst", "billing"),
    P("specialty", "Cardiology", "Dermatology", "Pediatrics", "Oncology", "Neurology", "Orthopedics",
      "Radiology", "Family Medicine", "Internal Medicine", "Surgery", "Dentistry"),
    P("drug", "Ibuprofen", "Amoxicillin", "Metformin", "Lisinopril", "Carprofen", "Apoquel",
      "Atorvastatin", "Omeprazole", "Prednisone", "Cetirizine", "Gabapentin"),
    P("insurance", "private", "medicare", "medicaid", "self-pay", "hmo", "ppo"),
    P("method", "card", "bank_transfer", "paypal", "cash", "invoice", "apple_pay", "direct_debit"),
    P("carrier", "UPS", "FedEx", "DHL", "USPS", "Royal Mail", "La Poste"),
    P("event_type", "page_view", "click", "signup", "login", "logout", "purchase", "error", "search",
      "add_to_cart", "checkout"),
    P("device", "desktop", "mobile", "tablet", "ios", "android", "smart_tv"),
    P("sex", "F", "M", "X"),
    P("currency", "USD", "EUR", "GBP", "JPY", "CAD", "BRL"),
    P("segment", "consumer", "smb", "mid_market", "enterprise", "public_sector"),
    P("category", "Electronics", "Books", "Home", "Garden", "Toys", "Sports", "Beauty", "Grocery",
      "Clothing", "Office"),
    P("ticket_category", "billing", "technical", "onboarding", "bug", "feature_request", "account",
      "integration", "refund"),
    P("stage", "prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost"),
    P("dept", "Engineering", "Sales", "Marketing", "Finance", "Support", "Operations", "Legal", "HR",
      "Cardiology", "Radiology"),
    P("title", "Manager", "Engineer", "Analyst", "Director", "Nurse", "Technician", "Consultant",
      "Account Executive", "Agent", "Coordinator"),
    P("product", "Widget", "Gadget", "Sprocket", "Laptop Stand", "Desk Lamp", "Water Bottle",
      "Yoga Mat", "Headphones", "Backpack", "Coffee Beans", "Notebook", "Charger"),
    P("course", "Calculus I", "Intro to Databases", "Statistics", "Organic Chemistry", "World History",
      "Microeconomics", "Data Structures", "Spanish II"),
    P("term", "2022-fall", "2023-spring", "2023-fall", "2024-spring", "2024-fall"),
    P("grade", "A", "B", "C", "D", "F", "pass", "fail"),
    P("room_type", "single", "double", "suite", "deluxe", "studio"),
    P("airport", "JFK", "LAX", "ORD", "SEA", "BOS", "LHR", "CDG", "FRA", "HND", "YYZ"),
    P("make", "Toyota", "Ford", "Tesla", "Volkswagen", "Honda", "BMW"),
    P("position", "goalkeeper", "defender", "midfielder", "forward", "guard", "center"),
    P("league", "Premier", "Championship", "Division A", "Division B"),
    P("metric", "temperature", "humidity", "pressure", "voltage", "co2", "battery"),
    P("unit", "mg/dL", "mmol/L", "%", "bpm", "kg", "celsius"),
    P("lab_test", "HbA1c", "Cholesterol", "Glucose", "Hemoglobin", "TSH", "Creatinine"),
    P("ward", "ICU", "Maternity", "Surgery", "Pediatrics", "Oncology", "Emergency"),
    P("diagnosis", "hypertension", "diabetes", "fracture", "asthma", "influenza", "migraine"),
    P("species", "dog", "cat", "rabbit", "parrot", "horse", "hamster"),
    P("reason", "damaged", "wrong size", "not as described", "late delivery", "changed mind"),
    P("action", "create", "update", "delete", "login", "export", "invite"),
    P("variant", "control", "A", "B", "C"),
    P("section", "Politics", "Business", "Sports", "Technology", "Culture", "Opinion"),
    P("case_type", "contract", "employment", "litigation", "ip", "real_estate", "tax"),
    P("txn_kind", "deposit", "withdrawal", "transfer", "fee", "interest", "refund"),
    P("card_type", "visa", "mastercard", "amex", "debit"),
    P("os", "iOS", "Android", "Windows", "macOS", "Linux"),
    P("weekday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    P("first", "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
      "Laura", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven"),
    P("last", "Smith", "Müller", "Martin", "Garcia", "Tanaka", "Rossi", "Kowalski", "Nguyen",
      "Johnson", "Silva", "Andersson", "Morgan", "Dubois", "Patel"),
    P("company", "Acme Corp", "Globex", "Initech", "Umbrella Ltd", "Hooli", "Stark Industries",
      "Wayne Enterprises", "Soylent", "Vandelay Industries", "Wonka GmbH", "Cyberdyne", "Tyrell Inc"),
    P("language", "English", "German", "French", "Spanish", "Japanese", "Portuguese"),
    P("word", "customer", "asked", "about", "the", "invoice", "delivery", "was", "late", "and",
      "package", "arrived", "damaged", "please", "call", "back", "before", "friday", "renewal",
      "discount", "approved", "by", "manager", "follow", "up", "next", "week", "contract", "signed"),
};
#undef P

const char *const *bench_pool(const char *name)
{
    for (size_t i = 0; i < sizeof pools / sizeof *pools; i++)
        if (strcmp(pools[i].name, name) == 0)
            return pools[i].v;
    return NULL;
}

size_t bench_pool_len(const char *const *v)
{
    size_t n = 0;
    while (v && v[n])
        n++;
    return n;
}
