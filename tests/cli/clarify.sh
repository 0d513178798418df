# clarify.sh: a question that reads two ways alike (a value held by two
# columns) gets a numbered clarifying question at the interactive prompt;
# the chosen reading's SQL runs and follow-ups refine it; -y and batch mode
# take the default reading and say so in the note; \save and --resume keep
# the reading chosen.
. "$SRCDIR/tests/cli/lib.sh"
DRIVE="$PYTHON3 $SRCDIR/tests/cli/drive_tty.py"
export DATABOT_HISTFILE="$TMPD/history"
show() { printf '%s\n' "$1" | tail -40 | sed 's/^/#   /'; }

DB="$TMPD/tickets.sqlite"
"$SQLITE3" "$DB" "CREATE TABLE tickets (id INTEGER PRIMARY KEY, state TEXT, priority TEXT, title TEXT);
INSERT INTO tickets VALUES (1,'open','open','alpha'),(2,'open','high','bravo'),(3,'closed','open','charlie'),
 (4,'closed','low','delta'),(5,'pending','high','echo'),(6,'open','low','foxtrot');"
ok $? "a database with two columns holding 'open'"

# the engine's default reading, as batch mode takes it
default=$("$DATABOT" --offline --sql-only "$DB" -e "how many open tickets" 2>&1)
case "$default" in
    *"priority = 'open'"*) first=priority other=state ;;
    *) first=state other=priority ;;
esac
note=$("$DATABOT" --offline -f csv "$DB" -e "how many open tickets" 2>&1)
like "$note" "it could also be tickets.$other" "batch mode takes the default and the note says so"
unlike "$note" "Did you mean" "batch mode asks nothing"

out=$($DRIVE -- "$DATABOT" --plain --offline "$DB" <<'EOF2'
expect databot>
send how many open tickets
expect Did you mean:
expect [1]
send 9
expect Answer a number
send 2
expect Run it?
send y
expect databot>
send by title
expect Run it?
send y
expect databot>
send \q
EOF2
)
ok $? "a session with a clarifying question runs" || show "$out"
like "$out" "1) tickets.$first = 'open' 2) tickets.$other = 'open' [1]" "numbered readings, the default first"
like "$out" "read 'open' as tickets.$other = 'open'" "the note names the chosen reading"
like "$out" "WHERE $other = 'open'" "answering 2 gives the other reading's SQL"
if [ "$other" = state ]; then rows="foxtrot"; else rows="charlie"; fi
like "$out" "$rows" "the follow-up refines the chosen reading"

out=$($DRIVE -- "$DATABOT" --plain --offline "$DB" <<'EOF2'
expect databot>
send how many open tickets
expect Did you mean:
send
expect Run it?
send n
expect databot>
send how many tickets by title
expect Run it?
send n
expect databot>
send \q
EOF2
)
ok $? "Enter keeps the default reading" || show "$out"
like "$out" "WHERE $first = 'open'" "Enter runs the default reading's SQL"
n=$(printf '%s\n' "$out" | grep -c "Did you mean")
is "$n" 1 "an unambiguous question asks nothing"

out=$($DRIVE -- "$DATABOT" --plain --offline -y "$DB" <<'EOF2'
expect databot>
send how many open tickets
expect databot>
send \q
EOF2
)
ok $? "-y at the prompt" || show "$out"
unlike "$out" "Did you mean" "-y takes the default without asking"
like "$out" "it could also be tickets.$other" "-y: the note says which reading it took"

# --- \save and --resume keep the reading chosen ------------------------------
# the person answers 2 and refines it; the saved file says so, and a resumed
# session replays that reading: its follow-ups refine what the person saw
if [ "$other" = state ]; then seen=foxtrot; unseen=charlie; else seen=charlie; unseen=foxtrot; fi
out=$($DRIVE -- "$DATABOT" --plain --offline "$DB" <<EOF2
expect databot>
send how many open tickets
expect Did you mean:
send 2
expect Run it?
send y
expect databot>
send by title
expect Run it?
send y
expect databot>
send \\save $TMPD/chosen.json
expect Saved 2 questions
send \\q
EOF2
)
ok $? "a clarified conversation is saved" || show "$out"
"$PYTHON3" - "$TMPD/chosen.json" "$other" <<'EOF2'
import json, sys
turns = json.load(open(sys.argv[1]))["turns"]
ok = (len(turns) == 2 and turns[0].get("reading") == 2 and "reading" not in turns[1]
      and "%s = 'open'" % sys.argv[2] in turns[0]["sql"] and "%s = 'open'" % sys.argv[2] in turns[1]["sql"])
sys.exit(0 if ok else 1)
EOF2
ok $? "the saved turn records reading 2 and its SQL; the follow-up has the default" || sed 's/^/#   /' "$TMPD/chosen.json"

# resume_check FILE NAME: resume FILE, ask "by title" again, save again
resume_check() {
    out=$($DRIVE -- "$DATABOT" --plain --offline --resume "$1" "$DB" <<EOF2
expect databot>
send by title
expect Run it?
send y
expect databot>
send \\save $TMPD/again.json
expect Saved 3 questions
send \\q
EOF2
)
    ok $? "$2: a resumed session runs" || show "$out"
    like "$out" "WHERE $other = 'open'" "$2: a follow-up after --resume refines the chosen reading"
    like "$out" "$seen" "$2: ... and gives its rows"
    unlike "$out" "$unseen" "$2: ... not the default reading's"
    "$PYTHON3" - "$TMPD/chosen.json" "$TMPD/again.json" <<'EOF2'
import json, sys
a = json.load(open(sys.argv[1]))["turns"]
b = json.load(open(sys.argv[2]))["turns"]
sys.exit(0 if [t["sql"] for t in a] == [t["sql"] for t in b[:2]] and b[0].get("reading") == 2 else 1)
EOF2
    ok $? "$2: the replayed turns have the SQL the person saw, saved again with their reading" ||
        sed 's/^/#   /' "$TMPD/again.json"
}
resume_check "$TMPD/chosen.json" "resume"
# a file saved without "reading" (by an earlier databot): the reading whose
# SQL was saved is found again
"$PYTHON3" - "$TMPD/chosen.json" "$TMPD/old.json" <<'EOF2'
import json, sys
d = json.load(open(sys.argv[1]))
for t in d["turns"]:
    t.pop("reading", None)
json.dump(d, open(sys.argv[2], "w"))
EOF2
resume_check "$TMPD/old.json" "resume, file without readings"
done_testing
