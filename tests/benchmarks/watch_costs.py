#!/usr/bin/env python3
"""What watching in the background costs: memory, wake-ups and network traffic of `gatehouse --background`.

One 12-session account on `gatehouse --demo-server --devices 12` (its own process) is watched by

    gatehouse --background --homeserver <base_url>          (token in GATEHOUSE_ACCESS_TOKEN)

on the offscreen platform (or, with --platform xcb, on the X server in DISPLAY), with the history store in a
private home, in two runs:

1. Polls: the test-only interval hook (GATEHOUSE_TEST_WATCH_INTERVAL_MS) makes it poll every --poll-ms.
   After the first poll (the baseline, with whoami) and again after --polls more, it reads the voluntary
   context switches of every thread (/proc/PID/task/*/status); meanwhile it counts the bytes to and from
   the demo server's port on the loopback interface (a packet socket, so it needs root or CAP_NET_RAW):
   the TCP payload (the HTTP requests and answers) and the IP packets whole (handshakes, headers and
   acknowledgements included). Then the peak resident memory (VmHWM) and the current one (VmRSS).
2. Idle: the real interval (5 minutes unless Settings say otherwise); after the first poll it waits
   --idle-seconds (less than the 285 s before the earliest next poll) and counts the context switches of
   every thread meanwhile: "between polls no timer fires" means none. The default stretch is nearly the
   whole gap (280 s), since something that fires once a poll may wait two minutes to do it.

A poll is seen through the process's own debug log (QT_LOGGING_RULES=gatehouse.http.debug=true): each
answer to GET /_matrix/client/v3/devices ends one.

Usage (from a Release build tree; see README, "Performance"):
    cmake --build build/benchmark --target benchmark_watch
    python3 tests/benchmarks/watch_costs.py --gatehouse build/benchmark/app/gatehouse [--polls 100]
        [--idle-seconds 280] [--check]
"""

import argparse
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_benchmarks import DemoServer, child_environment, cpu_model, memory_gib, os_name, qt_version  # noqa: E402

TARGET_PEAK_MIB = 45
SESSIONS = 12
# The default interval is 5 minutes, with 5 % jitter: the next poll comes 285 s after the last at the earliest.
EARLIEST_NEXT_POLL_S = 285


class Background:
    """`gatehouse --background` with its debug log read line by line, counting the polls."""

    DEVICES_ANSWER = re.compile(r"<- \d+ GET \S*/_matrix/client/v3/devices\b")

    def __init__(self, gatehouse, server, env, interval_ms=None):
        env = dict(env, GATEHOUSE_ACCESS_TOKEN=server.token, QT_LOGGING_RULES="gatehouse.http.debug=true")
        if interval_ms is not None:
            env["GATEHOUSE_TEST_WATCH_INTERVAL_MS"] = str(interval_ms)
        self.polls = 0
        self.lines = []
        self.changed = threading.Condition()
        self.process = subprocess.Popen([gatehouse, "--background", "--homeserver", server.base_url], env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for raw in self.process.stderr:
            line = raw.decode(errors="replace").rstrip()
            with self.changed:
                self.lines.append(line)
                if self.DEVICES_ANSWER.search(line):
                    self.polls += 1
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for_polls(self, count, timeout):
        deadline = time.monotonic() + timeout
        with self.changed:
            while self.polls < count:
                if self.process.poll() is not None:
                    raise RuntimeError("gatehouse --background exited:\n" + "\n".join(self.lines[-20:]))
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"only {self.polls} of {count} polls within {timeout} s")
                self.changed.wait(left)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def status_fields(path, names):
    values = {}
    try:
        with open(path) as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in names:
                    values[key] = int(value.split()[0])
    except OSError:
        pass
    return values


def thread_switches(pid):
    """{tid: (thread name, voluntary, involuntary)} for every thread of the process."""
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        base = f"/proc/{pid}/task/{tid}"
        fields = status_fields(f"{base}/status", ("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"))
        try:
            with open(f"{base}/comm") as comm:
                name = comm.read().strip()
        except OSError:
            continue
        if fields:
            threads[int(tid)] = (name, fields.get("voluntary_ctxt_switches", 0),
                                 fields.get("nonvoluntary_ctxt_switches", 0))
    return threads


def switch_difference(before, after):
    """(voluntary, involuntary, [(name, voluntary) per thread that switched], threads that came or went)."""
    voluntary = involuntary = 0
    busy = []
    for tid, (name, vol, invol) in after.items():
        _, vol0, invol0 = before.get(tid, (name, 0, 0))
        voluntary += vol - vol0
        involuntary += invol - invol0
        if vol - vol0:
            busy.append((name, vol - vol0))
    changed = sorted(set(before) ^ set(after))
    return voluntary, involuntary, busy, changed


class LoopbackTraffic:
    """Counts what goes to and from `port` on the loopback interface, from a packet socket (Linux, root)."""

    ETH_P_ALL = 0x0003

    def __init__(self, port):
        self.port = port
        self.lock = threading.Lock()
        self.counts = {"sent": 0, "received": 0, "sent_ip": 0, "received_ip": 0, "packets": 0}
        self.stopped = False
        self.socket = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(self.ETH_P_ALL))
        self.socket.bind(("lo", 0))
        self.socket.settimeout(0.2)
        self.thread = threading.Thread(target=self._capture, daemon=True)
        self.thread.start()

    def _capture(self):
        while not self.stopped:
            try:
                frame, address = self.socket.recvfrom(65536)
            except socket.timeout:
                continue
            # Each packet passes the loopback interface twice (out and in): count it going out.
            if address[2] != socket.PACKET_OUTGOING or struct.unpack("!H", frame[12:14])[0] != 0x0800:
                continue
            ip = frame[14:]
            if ip[9] != 6:  # TCP
                continue
            header = (ip[0] & 0x0F) * 4
            total = struct.unpack("!H", ip[2:4])[0]
            source, destination = struct.unpack("!HH", ip[header:header + 4])
            payload = total - header - (ip[header + 12] >> 4) * 4
            with self.lock:
                if destination == self.port:
                    self.counts["sent"] += payload
                    self.counts["sent_ip"] += total
                elif source == self.port:
                    self.counts["received"] += payload
                    self.counts["received_ip"] += total
                else:
                    continue
                self.counts["packets"] += 1

    def snapshot(self):
        with self.lock:
            return dict(self.counts)

    def stop(self):
        self.stopped = True
        self.thread.join()
        self.socket.close()


def difference(after, before):
    return {key: after[key] - before[key] for key in after}


def open_connections(port, pid):
    """The local ports of the process's established connections to `port` (through `ss`)."""
    out = subprocess.run(["ss", "-tnpH", "state", "established", f"( dport = :{port} )"], capture_output=True,
                         text=True, check=True).stdout
    return sorted(int(line.split()[-3].rsplit(":", 1)[1]) for line in out.splitlines() if f"pid={pid}," in line)


def server_port(base_url):
    return int(base_url.rsplit(":", 1)[1].split("/", 1)[0])


def measure_polls(gatehouse, env, polls, poll_ms, settle_s):
    server = DemoServer(gatehouse, SESSIONS, env)
    try:
        traffic = LoopbackTraffic(server_port(server.base_url))
    except (AttributeError, OSError):
        traffic = None  # no packet socket (not Linux, or neither root nor CAP_NET_RAW): no byte counts
    watcher = Background(gatehouse, server, env, interval_ms=poll_ms)
    pid = watcher.process.pid
    try:
        watcher.wait_for_polls(1, 60)
        time.sleep(settle_s)  # the poll's history recording is done, the next poll not due yet
        switches_before = thread_switches(pid)
        bytes_before = traffic.snapshot() if traffic else None
        first = watcher.polls
        watcher.wait_for_polls(first + polls, 60 + polls * (poll_ms / 1000 + 1))
        time.sleep(settle_s)
        switches_after = thread_switches(pid)
        bytes_after = traffic.snapshot() if traffic else None
        measured = watcher.polls - first
        memory = status_fields(f"/proc/{pid}/status", ("VmHWM", "VmRSS"))
    finally:
        watcher.stop()
        if traffic:
            traffic.stop()
        server.stop()
    voluntary, involuntary, busy, changed = switch_difference(switches_before, switches_after)
    return {
        "polls": measured, "total_polls": first + measured, "peak_rss_kib": memory.get("VmHWM", 0),
        "rss_kib": memory.get("VmRSS", 0), "voluntary": voluntary, "involuntary": involuntary, "busy": busy,
        "threads_changed": changed, "bytes": difference(bytes_after, bytes_before) if traffic else None,
    }


def measure_idle(gatehouse, env, idle_s, settle_s):
    server = DemoServer(gatehouse, SESSIONS, env)
    watcher = Background(gatehouse, server, env)
    pid, port = watcher.process.pid, server_port(server.base_url)
    try:
        watcher.wait_for_polls(1, 60)
        time.sleep(settle_s)
        before = thread_switches(pid)
        connections_before = open_connections(port, pid)
        time.sleep(idle_s)
        after = thread_switches(pid)
        connections_after = open_connections(port, pid)
        polls = watcher.polls
    finally:
        watcher.stop()
        server.stop()
    voluntary, involuntary, busy, changed = switch_difference(before, after)
    return {"seconds": idle_s, "polls_meanwhile": polls - 1, "voluntary": voluntary, "involuntary": involuntary,
            "busy": busy, "threads": sorted({name for name, _, _ in after.values()}), "threads_changed": changed,
            "connections_before": connections_before, "connections_after": connections_after}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gatehouse", required=True, help="the gatehouse binary (Release build)")
    parser.add_argument("--polls", type=int, default=100, help="polls measured after the first")
    parser.add_argument("--poll-ms", type=int, default=250,
                        help="GATEHOUSE_TEST_WATCH_INTERVAL_MS for the polling run")
    # Nearly the whole gap: Qt's connection cache, for one, used to close an idle connection after 120 s.
    parser.add_argument("--idle-seconds", type=float, default=280,
                        help=f"the idle stretch at the real interval (under {EARLIEST_NEXT_POLL_S - 3} s)")
    parser.add_argument("--no-idle", action="store_true", help="skip the idle run")
    parser.add_argument("--platform", default="offscreen",
                        help="QT_QPA_PLATFORM for gatehouse (xcb: under the X server in DISPLAY, e.g. Xvfb)")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when the peak RSS is above {TARGET_PEAK_MIB} MiB or a thread woke up "
                             "while idle")
    args = parser.parse_args()
    settle_s = min(0.1, args.poll_ms / 2000)
    if args.idle_seconds + 3 >= EARLIEST_NEXT_POLL_S:
        parser.error(f"--idle-seconds must stay under {EARLIEST_NEXT_POLL_S - 3} s (the next poll)")
    if shutil.which("ss") is None:
        parser.error("needs `ss` (iproute2) to see the open connections")

    home = tempfile.mkdtemp(prefix="gatehouse-watch-costs-")
    try:
        env = child_environment(home)
        env["QT_QPA_PLATFORM"] = args.platform
        env.update({name: os.environ[name] for name in ("DISPLAY", "XAUTHORITY") if name in os.environ})
        print(f"Machine: {cpu_model()}, {os.cpu_count()} cores, {memory_gib():.1f} GiB RAM, {os_name()}, "
              f"Qt {qt_version(args.gatehouse, env)}")
        print(f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average before: "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        polls = measure_polls(args.gatehouse, env, args.polls, args.poll_ms, settle_s)
        idle = None if args.no_idle else measure_idle(args.gatehouse, env, args.idle_seconds, 3)
        print()
        n = polls["polls"]
        bus = "a D-Bus session bus" if "DBUS_SESSION_BUS_ADDRESS" in env else "no D-Bus session bus"
        print(f"`gatehouse --background`, one {SESSIONS}-session account on the demo server, {args.platform}, "
              f"{bus}, with the history store; {n} polls {args.poll_ms} ms apart after the first:")
        print(f"- Peak RSS after {polls['total_polls']} polls: {polls['peak_rss_kib'] / 1024:.1f} MiB "
              f"(VmHWM; now {polls['rss_kib'] / 1024:.1f} MiB). Target: at most {TARGET_PEAK_MIB} MiB.")
        print(f"- Voluntary context switches per poll: {polls['voluntary'] / n:.1f} (all threads; "
              f"{polls['involuntary'] / n:.1f} involuntary); by thread: "
              + ", ".join(f"{name} {count / n:.1f}" for name, count in polls["busy"]))
        b = polls["bytes"]
        if b is None:
            print("- Bytes per poll: not measured (counting them needs a packet socket: Linux, as root or with "
                  "CAP_NET_RAW)")
        else:
            print(f"- Bytes per poll: {b['sent'] / n:.0f} sent, {b['received'] / n:.0f} received (TCP payload: "
                  f"the HTTP request and answer); {b['sent_ip'] / n:.0f} and {b['received_ip'] / n:.0f} as IP "
                  f"packets ({b['packets'] / n:.1f} packets, connection set-up and acknowledgements included)")
        if polls["threads_changed"]:
            print(f"  (threads that came or went meanwhile: {polls['threads_changed']})")
        failed = polls["peak_rss_kib"] > TARGET_PEAK_MIB * 1024
        if idle:
            per_hour = idle["voluntary"] * 3600 / idle["seconds"]
            print(f"- Idle at the real interval: {idle['voluntary']} voluntary context switches in "
                  f"{idle['seconds']:.0f} s after the first poll ({per_hour:.0f} per idle hour; "
                  f"{idle['involuntary']} involuntary; polls meanwhile: {idle['polls_meanwhile']}); threads "
                  f"{', '.join(idle['threads'])}; woken: "
                  + (", ".join(f"{name} {count}" for name, count in idle["busy"]) or "none"))
            print(f"  connections to the server before / after the idle stretch: {idle['connections_before']} / "
                  f"{idle['connections_after']}")
            hour = 12 * polls["voluntary"] / n + per_hour
            print(f"- An hour of watching at 5 minutes: about {hour:.0f} voluntary context switches (12 polls "
                  "and the idle time between them).")
            failed |= idle["voluntary"] > 0
        return 1 if args.check and failed else 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
