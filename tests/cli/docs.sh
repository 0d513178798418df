# docs.sh: the documentation matches the program. Every option that
# `databot --help` prints is in the man page and the bash, zsh and fish
# completions; every option the man page documents exists; the completions
# and the man page parse; the README holds the two quick-start commands; the
# man page's examples run.
. "$SRCDIR/tests/cli/lib.sh"
export DATABOT SAMPLE

MAN="$SRCDIR/man/databot.1"
README="$SRCDIR/README.md"
BASHC="$SRCDIR/completions/databot"
ZSHC="$SRCDIR/completions/_databot"
FISHC="$SRCDIR/completions/databot.fish"

# skip REASON: a passing TAP line marked as skipped
skip() {
    T_N=$((T_N + 1))
    echo "ok $T_N - # SKIP $1"
}

# has FILE ERE NAME: FILE has a line matching the extended regex ERE
has() {
    grep -E -q -e "$2" "$1"
    ok $? "$3"
}

# word OPT: an ERE matching OPT as a whole word (not a prefix of --sql-only)
word() {
    printf '(^|[^A-Za-z0-9-])%s([^A-Za-z0-9-]|$)' "$1"
}

# unroff: roff source on stdin to plain text: \- to -, \e to \, quotes,
# font changes and zero-width escapes removed
unroff() {
    sed -e 's/\\-/-/g' -e 's/\\(dq/"/g' -e "s/\\\\(aq/'/g" \
        -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\&//g' -e 's/\\e/\\/g'
}

# section NAME: the lines of the man page's section NAME (source, no .SH)
section() {
    awk -v want="$1" '
        /^\.SH/ { name = substr($0, 5); gsub(/"/, "", name); insec = (name == want); next }
        insec { print }
    ' "$MAN"
}

for f in "$MAN" "$README" "$BASHC" "$ZSHC" "$FISHC"; do
    test -s "$f"
    ok $? "$(basename "$f") exists"
done

# ---- the options as the program prints them ---------------------------------
help=$("$DATABOT" --help 2>&1)
ok $? "databot --help exits 0"
longs=$(printf '%s\n' "$help" | grep -o -E -e '--[a-z][a-z0-9-]*' | sort -u)
shorts=$(printf '%s\n' "$help" | grep -E -e '^[[:space:]]+-[A-Za-z]' |
    grep -o -E -e '(^|[[:space:],])-[A-Za-z]([[:space:],=]|$)' |
    grep -o -E -e '-[A-Za-z]' | sort -u)
test -n "$longs"
ok $? "--help lists long options"
test -n "$shorts"
ok $? "--help lists short options"

manopts="$TMPD/man.txt"
unroff <"$MAN" >"$manopts"

for o in $longs; do
    re=$(word "$o")
    has "$manopts" "$re" "man page documents $o"
    has "$BASHC" "$re" "bash completion offers $o"
    has "$ZSHC" "$re" "zsh completion offers $o"
    has "$FISHC" "-l ${o#--}([^A-Za-z0-9-]|\$)" "fish completion offers $o"
done
for o in $shorts; do
    re=$(word "$o")
    has "$manopts" "$re" "man page documents $o"
    has "$BASHC" "$re" "bash completion offers $o"
    has "$ZSHC" "$re" "zsh completion offers $o"
    has "$FISHC" "-s ${o#-}([^A-Za-z0-9-]|\$)" "fish completion offers $o"
done

# the --format values
for v in table csv json markdown; do
    for f in "$BASHC" "$ZSHC" "$FISHC"; do
        has "$f" "$(word "$v")" "$(basename "$f") completes --format $v"
    done
done

# ---- no stale docs: every option in the man page's OPTIONS exists -------------
# the tag lines (the line after each .TP) of the OPTIONS section
tags=$(section OPTIONS | awk 'tp { print; tp = 0 } /^\.TP/ { tp = 1 }' | unroff)
test -n "$tags"
ok $? "man page OPTIONS section has entries"
doclongs=$(printf '%s\n' "$tags" | grep -o -E -e '--[a-z][a-z0-9-]*' | sort -u)
docshorts=$(printf '%s\n' "$tags" |
    grep -o -E -e '(^|[[:space:],"])-[A-Za-z]([[:space:],="]|$)' |
    grep -o -E -e '-[A-Za-z]' | sort -u)
helpf="$TMPD/help.txt"
printf '%s\n' "$help" >"$helpf"
for o in $doclongs $docshorts; do
    has "$helpf" "$(word "$o")" "man page option $o exists in --help"
done

# the version in the man page header is the program's
manver=$(sed -n 's/^\.TH .*"databot \([0-9][0-9.]*\)".*/\1/p' "$MAN")
ver=$("$DATABOT" --version 2>&1)
ok $? "databot --version exits 0"
like "$ver" "${manver:-no version in .TH}" "man page header names the version --version prints"

# ---- syntax --------------------------------------------------------------------
bash -n "$BASHC"
ok $? "bash -n completions/databot"
grep -q '^[[:space:]]*complete -F _databot databot' "$BASHC"
ok $? "bash completion registers _databot"
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$ZSHC"
    ok $? "zsh -n completions/_databot"
else
    skip "zsh not installed"
fi
head -n 1 "$ZSHC" | grep -q '^#compdef databot'
ok $? "zsh completion starts with #compdef databot"
if command -v fish >/dev/null 2>&1; then
    fish -n "$FISHC"
    ok $? "fish -n completions/databot.fish"
else
    skip "fish not installed"
fi
if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -ww -z "$MAN" 2>&1)
    is "$warnings" "" "groff -man -ww -z man/databot.1 gives no warnings"
else
    skip "groff not installed"
fi
for s in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "OUTPUT FORMATS" SAFETY \
         "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
    test -n "$(section "$s")"
    ok $? "man page has section $s"
done

# ---- README --------------------------------------------------------------------
grep -F -x -q 'tools/install-deps && autoreconf -fi && ./configure && make && src/databot samples/ecommerce.sqlite' "$README"
ok $? "README holds the command that runs databot on the sample"
grep -F -x -q 'tools/install-deps && autoreconf -fi && ./configure && make check' "$README"
ok $? "README holds the command that runs every test"
grep -F -q 'man ./man/databot.1' "$README"
ok $? "README points to the man page"

# ---- the man page's examples run ------------------------------------------------
examples="$TMPD/examples"
section EXAMPLES | sed -e 's/^\.B[[:space:]]*//' | unroff |
    sed -n 's/^\$ //p' >"$examples"
n_ex=$(grep -c . "$examples")
test "$n_ex" -ge 1
ok $? "man page has examples ($n_ex)"
n_run=0
while IFS= read -r ex; do
    case "$ex" in
        databot\ *|*"| databot "*) ;;
        *) continue ;;
    esac
    case "$ex" in
        *" -e "*|*" --execute"*|*" --sql"*|*"|"*) ;;
        *) skip "interactive example: $ex"; continue ;;
    esac
    cmd=$(printf '%s\n' "$ex" | sed -e 's#samples/ecommerce\.sqlite#"$SAMPLE"#g' \
        -e 's#^databot #"$DATABOT" #' -e 's#| databot #| "$DATABOT" #g')
    out=$(sh -c "$cmd" </dev/null 2>"$TMPD/example.err")
    st=$?
    is "$st" 0 "example exits 0: $ex"
    if [ "$st" -ne 0 ]; then
        sed 's/^/#   stderr: /' "$TMPD/example.err" | head -10
    fi
    test -n "$out"
    ok $? "example prints an answer: $ex"
    n_run=$((n_run + 1))
done <"$examples"
test "$n_run" -ge 1
ok $? "man page examples were run ($n_run)"

done_testing
