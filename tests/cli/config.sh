# config.sh: shell integration: the config file, DATABOT_* settings and
# their precedence, named connections, --print-config, doctor, purge,
# \save and --resume, --quiet.
. "$SRCDIR/tests/cli/lib.sh"
CONF="$XDG_CONFIG_HOME/databot/config"
mkdir -p "$XDG_CONFIG_HOME/databot"

setting() { "$DATABOT" --print-config 2>&1 | grep "^$1 = "; }

like "$(setting max-rows)" "max-rows = 10000" "default shown"
like "$(setting max-rows)" "# default" "  as the default"
printf '# my settings\nmax_rows = 5\ntimeout = 2.5\n\n[connection shop]\ntarget = %s\n[connection pg]\ntarget = postgres://bob:hunter2@db.example/sales\n' "$SAMPLE" > "$CONF"
like "$(setting max-rows)" "max-rows = 5" "config file sets a value"
like "$(setting max-rows)" "config line 2" "  and says which line"
like "$(DATABOT_MAX_ROWS=7 "$DATABOT" --print-config | grep '^max-rows')" "max-rows = 7" "environment beats the config file"
like "$(DATABOT_MAX_ROWS=7 "$DATABOT" --print-config | grep '^max-rows')" "environment" "  and says so"
like "$(DATABOT_MAX_ROWS=7 "$DATABOT" --max-rows 9 --print-config | grep '^max-rows')" "max-rows = 9" "a flag beats both"
n=$("$DATABOT" --format csv --sql "SELECT id FROM orders" @shop 2>/dev/null | wc -l | tr -d ' ')
is "$n" 6 "the config's max_rows applies (header + 5 rows)"
err=$("$DATABOT" --format csv --sql "SELECT id FROM orders" @shop 2>&1 >/dev/null)
like "$err" "truncated at 5 rows" "a truncated CSV answer says so on stderr"
err=$("$DATABOT" -q --format csv --sql "SELECT id FROM orders" @shop 2>&1 >/dev/null)
is "$err" "" "--quiet silences it"

out=$("$DATABOT" --list-connections); ok $? "--list-connections"
like "$out" "[connection shop]" "lists the connections"
unlike "$out" "hunter2" "passwords masked"
unlike "$("$DATABOT" --print-config)" "hunter2" "--print-config masks passwords too"
err=$("$DATABOT" -e "how many customers" @nowhere 2>&1); is $? 2 "unknown connection: exit 2"
like "$err" "no connection named 'nowhere'" "  named in the message"

printf 'max_rows = 5\nthis is not a setting\n' > "$CONF"
err=$("$DATABOT" -e "how many customers" "$SAMPLE" 2>&1); is $? 2 "bad config line: exit 2"
like "$err" "line 2" "  reported with its line number"
printf 'max_rows = lots\n' > "$CONF"
err=$("$DATABOT" -e "how many customers" "$SAMPLE" 2>&1); is $? 2 "bad config value: exit 2"
like "$err" "max-rows needs a whole number" "  says what the value must be"
printf 'colour = blue\n' > "$CONF"
err=$("$DATABOT" -e "how many customers" "$SAMPLE" 2>&1); is $? 2 "unknown setting: exit 2"
like "$err" "unknown setting 'colour'" "  named"
printf '[connection x]\n' > "$CONF"
err=$("$DATABOT" --list-connections 2>&1); is $? 2 "connection without a target: exit 2"
printf 'execute = how many\n' > "$CONF"
err=$("$DATABOT" --print-config 2>&1); is $? 2 "questions cannot come from the config file"
rm -f "$CONF"
printf 'format = csv\n' > "$TMPD/other.conf"
out=$(DATABOT_CONFIG="$TMPD/other.conf" "$DATABOT" --sql "SELECT 1 AS one" "$SAMPLE")
is "$(printf '%s' "$out" | tr -d '\r')" "$(printf 'one\n1')" "DATABOT_CONFIG names another config file"
err=$(DATABOT_FORMAT=xml "$DATABOT" --sql "SELECT 1" "$SAMPLE" 2>&1); is $? 2 "bad environment value: exit 2"
like "$err" "DATABOT_FORMAT" "  names the variable"

out=$("$DATABOT" doctor "$SAMPLE"); is $? 0 "doctor on the sample: all good"
like "$out" "read-only: writes are refused" "doctor proves read-only"
out=$("$DATABOT" doctor "$TMPD/missing.sqlite"); is $? 1 "doctor on a missing database: exit 1"
like "$out" "fix:" "  with a fix"
printf 'nonsense\n' > "$CONF"
out=$("$DATABOT" doctor); is $? 1 "doctor reports a broken config"
like "$out" "line 1" "  with its line"
rm -f "$CONF"

# save and resume a conversation through the prompt
$PYTHON3 "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain -y "$SAMPLE" > "$TMPD/session.txt" <<EOF2
expect databot>
send how many customers
expect 2,500
expect databot>
send \\save $TMPD/conv.json
expect Saved 1 question
expect databot>
send \\q
EOF2
ok $? "\\save in the prompt" || sed 's/^/#   /' "$TMPD/session.txt"
[ "$(stat -c %a "$TMPD/conv.json" 2>/dev/null)" = 600 ]; ok $? "saved conversation is private"
out=$("$DATABOT" --resume "$TMPD/conv.json" --format json -e "by country" "$SAMPLE" 2>"$TMPD/err")
ok $? "--resume continues"
like "$out" "GROUP BY country" "the follow-up refines the resumed question"
like "$(cat "$TMPD/err")" "resumed 1 question" "resuming says so"
echo '{"not": "a conversation"}' > "$TMPD/bad.json"
err=$("$DATABOT" --resume "$TMPD/bad.json" -e "how many orders" "$SAMPLE" 2>&1); is $? 2 "bad --resume file: exit 2"
err=$("$DATABOT" --resume "$TMPD/none.json" -e "how many orders" "$SAMPLE" 2>&1); is $? 1 "missing --resume file: exit 1"

# purge
mkdir -p "$XDG_STATE_HOME/databot" "$XDG_CACHE_HOME/databot"
echo "how many" > "$XDG_STATE_HOME/databot/history"
echo x > "$XDG_CACHE_HOME/databot/cache.sqlite"
printf 'max_rows = 5\n' > "$CONF"
err=$("$DATABOT" purge </dev/null 2>&1); is $? 2 "purge without a terminal needs --yes"
[ -e "$XDG_STATE_HOME/databot/history" ]; ok $? "  and deletes nothing"
[ -e "$TMPD/conv.json" ]; ok $? "the saved conversation is there before purge"
out=$("$DATABOT" purge --yes 2>&1); ok $? "purge --yes"
[ ! -e "$TMPD/conv.json" ]; ok $? "purge removes conversations saved with \\save"
like "$out" "removed $XDG_STATE_HOME/databot/history" "says what it removed"
[ ! -e "$XDG_STATE_HOME/databot/history" ] && [ ! -e "$XDG_CACHE_HOME/databot/cache.sqlite" ]
ok $? "history and cache gone"
[ -e "$CONF" ]; ok $? "the config file stays"
out=$("$DATABOT" purge --yes 2>&1); like "$out" "Nothing to delete" "a second purge finds nothing"
done_testing
