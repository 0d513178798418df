#!/bin/sh
# memory.sh: questions confirmed at the prompt are remembered per database
# under $XDG_DATA_HOME/databot; \memory lists them, \forget removes one (by
# number, by question, or the last answer's); --no-memory keeps nothing;
# `databot purge` deletes the file.
. "$SRCDIR/tests/cli/lib.sh"
DRIVE="$PYTHON3 $SRCDIR/tests/cli/drive_tty.py"
export DATABOT_HISTFILE=/dev/null
MEM="$XDG_DATA_HOME/databot/memory.sqlite"
show() { printf '%s\n' "$1" | tail -40 | sed 's/^/#   /'; }
# has_row TEXT N QUESTION: a listing row "N | QUESTION" (any column rule)
has_row() { printf '%s\n' "$1" | grep -Eq "^ *$2 (│|\|) $3 "; }

out=$($DRIVE -- "$DATABOT" --plain "$SAMPLE" <<'EOF2'
expect databot>
send \memory
expect databot>
send how many customers
expect Run it?
send y
expect 2,500
expect databot>
send how many products
expect Run it?
send y
expect databot>
send average product price
expect Run it?
send n
expect databot>
send \memory
expect databot>
send \forget 1
expect Forgotten
expect databot>
send \forget 7
expect no remembered question 7
expect databot>
send \memory
expect databot>
send \q
EOF2
)
ok $? "a session with \\memory and \\forget runs" || show "$out"
test -s "$MEM"; ok $? "the memory is kept under XDG_DATA_HOME/databot"
is "$("$SQLITE3" "$MEM" 'SELECT question FROM pairs ORDER BY id')" "how many products" \
   "the declined question was not remembered and the forgotten one is gone"
has_row "$out" 1 "how many customers"; ok $? "\\memory numbers the remembered questions" || show "$out"
has_row "$out" 2 "how many products"; ok $? "  oldest first"
like "$out" "Forgotten remembered question 1." "\\forget N says what it did"
like "$out" "there is no remembered question 7: \\memory lists them (1)" "a number out of range is explained"
# the last listing holds only the second question, renumbered
last=$(printf '%s\n' "$out" | awk '/\\memory/{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}')
has_row "$last" 1 "how many products"; ok $? "  and the rest are renumbered"
unlike "$last" "how many customers" "  without the forgotten one"

out=$($DRIVE -- "$DATABOT" --plain "$SAMPLE" <<'EOF2'
expect databot>
send how many products
expect Run it?
send y
expect databot>
send \forget
expect Forgotten
expect databot>
send \forget HOW MANY products?
expect Nothing remembered
expect databot>
send \q
EOF2
)
ok $? "\\forget with no argument runs" || show "$out"
is "$("$SQLITE3" "$MEM" 'SELECT count(*) FROM pairs')" "0" "\\forget alone forgets the last answer's question"
like "$out" 'Forgotten: "how many products"' "  and names it"
like "$out" 'Nothing remembered as "HOW MANY products?"' "forgetting what is not there says so"

out=$($DRIVE -- "$DATABOT" --plain --no-memory "$SAMPLE" <<'EOF2'
expect databot>
send how many customers
expect Run it?
send y
expect databot>
send \memory
expect memory is off
expect databot>
send \forget 1
expect memory is off
expect databot>
send \q
EOF2
)
ok $? "--no-memory: \\memory and \\forget explain that memory is off" || show "$out"
is "$("$SQLITE3" "$MEM" 'SELECT count(*) FROM pairs')" "0" "--no-memory remembers nothing"

out=$("$DATABOT" purge --yes 2>&1)
like "$out" "removed $MEM" "databot purge deletes the memory"
[ ! -e "$MEM" ]; ok $? "  and the file is gone"

done_testing
