# lib.sh: shared helpers for the end-to-end tests of the databot program.
# Each test script sources this, calls ok/is/... and ends with done_testing;
# the output is TAP, read by Automake's tap-driver.
: "${DATABOT:?DATABOT must name the databot binary}"
: "${SAMPLE:?SAMPLE must name samples/ecommerce.sqlite}"
SQLITE3=${SQLITE3:-sqlite3}
T_N=0
T_FAILED=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/databot-test.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT
# tests never read or write a person's files
export XDG_CONFIG_HOME="$TMPD/config" XDG_STATE_HOME="$TMPD/state" XDG_DATA_HOME="$TMPD/data" XDG_CACHE_HOME="$TMPD/cache"
export HOME="$TMPD/home"
mkdir -p "$HOME"
unset NO_COLOR DATABOT_MODEL OPENAI_API_KEY ANTHROPIC_API_KEY

# ok COND-EXIT-STATUS NAME: pass when the previous command's status was 0;
# returns non-zero on failure so `ok $? name || show-details` works
ok() {
    T_N=$((T_N + 1))
    if [ "$1" -eq 0 ]; then echo "ok $T_N - $2"; return 0; fi
    echo "not ok $T_N - $2"
    T_FAILED=$((T_FAILED + 1))
    return 1
}

# is GOT WANT NAME: string equality, both shown on failure
is() {
    T_N=$((T_N + 1))
    if [ "$1" = "$2" ]; then
        echo "ok $T_N - $3"
    else
        echo "not ok $T_N - $3"
        T_FAILED=$((T_FAILED + 1))
        printf '%s\n' "#   got:  $1" | head -20 | sed '2,$s/^/#   /'
        printf '%s\n' "#   want: $2" | head -20 | sed '2,$s/^/#   /'
    fi
}

# like GOT PATTERN NAME: GOT contains the fixed string PATTERN
like() {
    T_N=$((T_N + 1))
    case "$1" in
        *"$2"*) echo "ok $T_N - $3" ;;
        *) echo "not ok $T_N - $3"; T_FAILED=$((T_FAILED + 1))
           printf '%s\n' "$1" | head -20 | sed 's/^/#   got: /'
           echo "#   missing: $2" ;;
    esac
}

# unlike GOT PATTERN NAME: GOT does not contain PATTERN
unlike() {
    T_N=$((T_N + 1))
    case "$1" in
        *"$2"*) echo "not ok $T_N - $3"; T_FAILED=$((T_FAILED + 1)); echo "#   unexpected: $2" ;;
        *) echo "ok $T_N - $3" ;;
    esac
}

done_testing() {
    echo "1..$T_N"
    [ "$T_FAILED" -eq 0 ]
}
