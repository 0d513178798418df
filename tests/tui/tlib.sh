# tlib.sh: helpers for the full-screen interface's tests, on top of
# tests/cli/lib.sh. Each test runs databot inside its own tmux server (its
# own -L socket, killed at the end), types with send-keys and reads the
# screen with capture-pane, polling for text with a deadline instead of
# sleeping. After databot exits, the pane runs `stty -a` and prints the
# exit status, so a test can check the terminal was given back sane.
. "$SRCDIR/tests/cli/lib.sh"

if [ -z "${TMUX_BIN:-}" ] || ! "$TMUX_BIN" -V >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi

# one tmux server per start (a fresh socket name each time, so a server
# still shutting down never meets the next one)
T_BASE="dbt-tui-$(basename "$0" .sh)-$$"
T_RUN=0
T_SOCK="$T_BASE-0"
tm() { "$TMUX_BIN" -L "$T_SOCK" -f /dev/null "$@" 2>/dev/null; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMPD"' EXIT
export DATABOT_HISTFILE="$TMPD/history"
unset TMUX

# start W H TERM [ENV=VALUE...] -- ARGS...: databot ARGS in a W x H pane
start() {
    w=$1 h=$2 term=$3
    shift 3
    envs=""
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        envs="$envs $(printf '%s' "$1" | sed "s/'/'\\\\''/g; s/^/'/; s/\$/'/")"
        shift
    done
    [ "${1:-}" = "--" ] && shift
    args=""
    for a in "$@"; do
        args="$args '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
    done
    cat >"$TMPD/run.sh" <<EOS
env TERM='$term' $envs '$DATABOT' $args 2>"$TMPD/stderr"
st=\$?
stty -a >"$TMPD/stty" 2>&1
echo "EXIT=\$st"
exec sleep 600
EOS
    tm kill-server >/dev/null 2>&1
    T_RUN=$((T_RUN + 1))
    T_SOCK="$T_BASE-$T_RUN"
    rm -f "$TMPD/stty"
    tm new -d -x "$w" -y "$h" "sh '$TMPD/run.sh'"
}

# start_shell W H TERM: an interactive bash with job control (prompt "$ ")
# in a W x H pane, for tests that type whole command lines: Ctrl-Z and
# fg, databot reading a pipe. shell_line LINE types LINE and Enter;
# shell_done, typed once databot has left, saves `stty -a` and prints
# EXIT=status, as start's pane does, so restored works after it. A test
# without bash is skipped (so call start_shell before the first result).
start_shell() {
    if ! command -v bash >/dev/null 2>&1; then
        echo "1..0 # SKIP bash is not installed"
        exit 0
    fi
    cat >"$TMPD/done.sh" <<EOS
st=\$?
stty -a >"$TMPD/stty" 2>&1
echo "EXIT=\$st"
EOS
    tm kill-server >/dev/null 2>&1
    T_RUN=$((T_RUN + 1))
    T_SOCK="$T_BASE-$T_RUN"
    rm -f "$TMPD/stty"
    tm new -d -x "$1" -y "$2" "env TERM='$3' PS1='$ ' HISTFILE=/dev/null bash --norc --noprofile -i"
    wait_for '$' 10
}
shell_line() { tm send-keys -l "$1"; tm send-keys Enter; }
shell_done() { shell_line ". '$TMPD/done.sh'"; }

screen() { tm capture-pane -p; }
keys() { tm send-keys "$@"; }
# type TEXT: literal text, no key names
type_text() { tm send-keys -l "$1"; }

# wait_for TEXT [SECONDS]: poll the screen until it shows TEXT
wait_for() {
    deadline=$(( $(date +%s) + ${2:-10} ))
    while :; do
        case "$(screen)" in *"$1"*) return 0 ;; esac
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.1
    done
}

# wait_gone TEXT [SECONDS]: poll until the screen no longer shows TEXT
wait_gone() {
    deadline=$(( $(date +%s) + ${2:-10} ))
    while :; do
        case "$(screen)" in *"$1"*) ;; *) return 0 ;; esac
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.1
    done
}

# wait_until SECONDS SHELL-CONDITION: poll until the condition holds
wait_until() {
    deadline=$(( $(date +%s) + $1 ))
    until eval "$2"; do
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.1
    done
}

# see TEXT NAME: the screen shows TEXT (waits up to 10 s); prints it if not
see() {
    wait_for "$1" "${3:-10}"
    ok $? "$2" || screen | sed 's/^/#   | /'
}

# restored NAME: databot exited and the terminal is sane again: canonical
# mode and echo back on, the alternate screen left, the cursor visible
restored() {
    wait_for "EXIT=" 10
    ok $? "$1: databot exited" || { screen | sed 's/^/#   | /'; return; }
    deadline=$(( $(date +%s) + 5 ))
    while [ ! -s "$TMPD/stty" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
    s=$(cat "$TMPD/stty" 2>/dev/null)
    case " $s " in *" icanon "*) r=0 ;; *) r=1 ;; esac
    case " $s " in *" -echo "*) r=1 ;; *" echo "*) ;; *) r=1 ;; esac
    ok $r "$1: tty back in canonical mode with echo" || printf '%s\n' "$s" | sed 's/^/#   /'
    is "$(tm display -p '#{alternate_on}')" 0 "$1: alternate screen left"
    is "$(tm display -p '#{cursor_flag}')" 1 "$1: cursor visible"
}

# no_line_wider W NAME: no screen line is wider than W columns
no_line_wider() {
    widest=$(screen | wc -L)
    test "$widest" -le "$1"
    ok $? "$2 (widest line: $widest)"
}
