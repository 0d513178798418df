#!/usr/bin/env python3
"""drive_tty.py: run a program on a pseudo-terminal and drive it like a person.

    drive_tty.py [--cols N] [--rows N] -- PROGRAM ARGS... < SCRIPT

SCRIPT lines:  expect TEXT   wait (10 s at most) until TEXT has appeared
                             since the previous expect
               send TEXT     type TEXT and Enter
               type TEXT     type TEXT without Enter
               key NAME      ctrl-c, ctrl-d, esc, tab, enter
               sleep SECS
The whole transcript is printed at the end; the exit status is 1 when an
expect timed out, else the program's own exit status.
"""
import os
import pty
import select
import struct
import sys
import time
import fcntl
import termios

KEYS = {"ctrl-a": b"\x01", "ctrl-c": b"\x03", "ctrl-d": b"\x04", "ctrl-k": b"\x0b", "esc": b"\x1b", "tab": b"\t", "enter": b"\r"}


def main():
    args = sys.argv[1:]
    cols, rows = 80, 24
    while args and args[0] != "--":
        if args[0] == "--cols":
            cols = int(args[1]); args = args[2:]
        elif args[0] == "--rows":
            rows = int(args[1]); args = args[2:]
        else:
            sys.exit("drive_tty.py: unknown option " + args[0])
    argv = args[1:]
    script = sys.stdin.read().splitlines()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    out = bytearray()
    mark = 0
    failed = False

    def pump(timeout):
        r, _, _ = select.select([fd], [], [], timeout)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            out.extend(data)
        return True

    for line in script:
        if not line.strip():
            continue
        verb, _, arg = line.partition(" ")
        if verb == "expect":
            want = arg.encode()
            deadline = time.time() + 10
            pos = out.find(want, mark)
            while pos < 0 and time.time() < deadline and pump(0.1):
                pos = out.find(want, mark)
            if pos < 0:
                print("# expect timed out: %r" % arg)
                failed = True
                break
            mark = pos + len(want)
        elif verb == "send":
            os.write(fd, arg.encode() + b"\r")
        elif verb == "type":
            os.write(fd, arg.encode())
        elif verb == "key":
            os.write(fd, KEYS[arg])
        elif verb == "sleep":
            end = time.time() + float(arg)
            while time.time() < end and pump(0.05):
                pass
    deadline = time.time() + 5
    alive = True
    while alive and time.time() < deadline:
        alive = pump(0.1)
    if alive or failed:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode("utf-8", "replace"))
    if failed:
        sys.exit(1)
    sys.exit(os.waitstatus_to_exitcode(status))


main()
