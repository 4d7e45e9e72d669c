#!/usr/bin/env python3
"""Times `readiness serve` from saving an edit to the browser having the new page.

  preview_latency.py READINESS SITE FILE PAGE [--find TEXT --replace TEXT] [--times N]

SITE holds data/ and site-templates/; FILE is the file to edit, relative to SITE; PAGE is the
site path to fetch (index.html). Each round saves FILE as an editor does (writes a hidden file
beside it and renames it over), alternating between its original text and the edited one
(TEXT replaced, or, with no --find, a line appended), and measures, from just before the rename:
  event   until the page's server-sent events stream says `reload`
  served  until the reloaded page has been fetched whole
as a browser with the page open would see them. Prints the median, 90th percentile and
maximum of each, in milliseconds, the server's own "Rebuilt in N ms" lines, and the processor
time the server spent per round (user and system, from /proc: less sensitive to other work on
the machine than the wall-clock times).
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time


def get(port, path):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(1 << 20):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def token(body):
    found = re.search(rb"/__readiness/events\?v=([^\"]+)\"", body)
    return found.group(1).decode() if found else ""


def open_events(port, version):
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(30)
    s.sendall(f"GET /__readiness/events?v={version} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    data = b""
    while b"retry:" not in data:
        data += s.recv(4096)
    return s


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("readiness")
    parser.add_argument("site")
    parser.add_argument("file")
    parser.add_argument("page")
    parser.add_argument("--find", default="")
    parser.add_argument("--replace", default="")
    parser.add_argument("--times", type=int, default=20)
    args = parser.parse_args()

    server = subprocess.Popen(
        [os.path.abspath(args.readiness), "serve", "--port", "0"], cwd=args.site,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))
        path = os.path.join(args.site, args.file)
        original = open(path, encoding="utf-8").read()
        if args.find:
            assert args.find in original, f"{args.file} has no {args.find!r}"
            edited = original.replace(args.find, args.replace, 1)
        else:
            edited = original + "\n\nAn edited line.\n"
        hidden = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".saving")
        events, served = [], []
        _, body = get(port, "/" + args.page)
        cpu_before = cpu_seconds(server.pid)
        for round in range(args.times):
            stream = open_events(port, token(body))
            with open(hidden, "w", encoding="utf-8") as f:
                f.write(edited if round % 2 == 0 else original)
            started = time.perf_counter()
            os.replace(hidden, path)
            data = b""
            while b"event: reload" not in data:
                chunk = stream.recv(4096)
                if not chunk:
                    sys.exit("the event stream closed without a reload")
                data += chunk
            heard = time.perf_counter()
            stream.close()
            _, new = get(port, "/" + args.page)
            done = time.perf_counter()
            if new == body:
                sys.exit("the page served after the reload event is unchanged")
            body = new
            events.append((heard - started) * 1000)
            served.append((done - started) * 1000)
            time.sleep(0.2)
        cpu = (cpu_seconds(server.pid) - cpu_before) / args.times * 1000
        with open(hidden, "w", encoding="utf-8") as f:
            f.write(original)
        os.replace(hidden, path)
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=10)
    rebuilt = [int(n) for n in re.findall(r"Rebuilt in (\d+) ms", out)]

    def summary(values):
        values = sorted(values)
        p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
        return f"median {statistics.median(values):.1f}  p90 {p90:.1f}  max {values[-1]:.1f}"

    print(f"{args.file} x{args.times}")
    print(f"  event   {summary(events)} ms")
    print(f"  served  {summary(served)} ms")
    print(f"  server processor time per round {cpu:.0f} ms")
    if rebuilt:
        print(f"  rebuilt (server's own) median {statistics.median(rebuilt)} ms over {len(rebuilt)}")


if __name__ == "__main__":
    main()
