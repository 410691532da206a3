#!/usr/bin/env python3
"""Startup speed and memory of Gatehouse, side by side with a bare Qt baseline.

For each number of sessions N it starts `gatehouse --demo-server --devices N` in its own process, then
alternates runs of

    gatehouse --homeserver <base_url> --quit-when-loaded     (token in GATEHOUSE_ACCESS_TOKEN)
    gatehouse_baseline --rows N

on the offscreen platform. Each run is timed from the moment it is started until it has exited (it exits
right after the session list, or the baseline's table, was loaded and painted), and its peak memory is
its maximum resident set size as the kernel reports it (wait4). The table gives the medians and the
ratio Gatehouse / baseline for each N.

With --instant-start (run inside tests/keychain/with-private-keyring.sh, which the `benchmark_instant_start`
target does) the rows are the instant start instead: for each N, a saved account whose server answers after
2 s, the window timed to the first paint of its stored list (GATEHOUSE_QUIT_WHEN_STORED_LIST_SHOWN), against
a cold start of the same account through --homeserver with a server that answers at once.

Usage (from a Release build tree; see README, "Performance"):
    cmake --build build-release --target benchmark
    python3 tests/benchmarks/run_benchmarks.py --gatehouse build-release/app/gatehouse \
        --baseline build-release/tests/benchmarks/gatehouse_baseline [--runs 15] [--sessions 1,1000,10000]
"""

import argparse
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# The targets of issue 6, at 10,000 sessions.
TARGET_SESSIONS = 10000
TARGET_RATIO = 1.3


def child_environment(home):
    env = {
        # A private keyring session (with-private-keyring.sh) for the saved account of --instant-start.
        **{name: os.environ[name] for name in ("DBUS_SESSION_BUS_ADDRESS",) if name in os.environ},
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_RUNTIME_DIR": os.path.join(home, "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


class DemoServer:
    """`gatehouse --demo-server --devices N` in its own process."""

    def __init__(self, gatehouse, sessions, env, latency_ms=0, port=0):
        self.process = subprocess.Popen(
            [gatehouse, "--demo-server", "--devices", str(sessions), "--latency", str(latency_ms),
             "--port", str(port)],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        ready, _, _ = select.select([self.process.stdout], [], [], 60)
        line = self.process.stdout.readline() if ready else b""
        if not line:
            self.stop()
            raise RuntimeError("the demo server did not start")
        announced = json.loads(line)
        self.base_url = announced["base_url"]
        self.token = announced["access_token"]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def run_once(command, env, timeout):
    """Runs one program; returns (wall seconds, peak RSS in KiB, CPU seconds)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        # Blocking in wait4 (not polling) keeps this script off the CPU while the program runs.
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if wall >= timeout:
            raise RuntimeError(f"{command[0]} did not finish within {timeout} s")
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip()
            raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {message}")
        return wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def measure(gatehouse, baseline, server_binary, sessions, runs, warmups, env, timeout):
    server = DemoServer(server_binary, sessions, env)
    try:
        gatehouse_env = dict(env, GATEHOUSE_ACCESS_TOKEN=server.token)
        gatehouse_command = [gatehouse, "--homeserver", server.base_url, "--quit-when-loaded"]
        baseline_command = [baseline, "--rows", str(sessions)]
        results = {"gatehouse": [], "baseline": []}
        for i in range(warmups + runs):
            # Alternate, and alternate who goes first, so both see the same conditions.
            order = [("gatehouse", gatehouse_command, gatehouse_env), ("baseline", baseline_command, env)]
            if i % 2:
                order.reverse()
            for name, command, command_env in order:
                sample = run_once(command, command_env, timeout)
                if i >= warmups:
                    results[name].append(sample)
        return results
    finally:
        server.stop()


def measure_instant_start(gatehouse, server_binary, helper, sessions, runs, warmups, env, timeout):
    """The stored list of a saved account whose server takes 2 s, against a cold start with an instant one."""
    instant = DemoServer(server_binary, sessions, env)
    slow = DemoServer(server_binary, sessions, env, latency_ms=2000)
    try:
        # The slow server's account is saved (keychain and settings) and its list recorded in the history
        # (--list with --homeserver records it), so the window starts on it with a stored list.
        slow_env = dict(env, GATEHOUSE_ACCESS_TOKEN=slow.token)
        listed = subprocess.run([gatehouse, "--homeserver", slow.base_url, "--list", "--json"], env=slow_env,
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=True)
        document = json.loads(listed.stdout)
        device_id = next(d["device_id"] for d in document["devices"] if d.get("current"))
        subprocess.run([helper, slow.base_url, document["user_id"], device_id], env=slow_env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=True)
        stored_command = [gatehouse, "--account", document["user_id"], "--account-server", slow.base_url,
                          "--quit-when-loaded"]
        stored_env = dict(env, GATEHOUSE_QUIT_WHEN_STORED_LIST_SHOWN="1")
        cold_env = dict(env, GATEHOUSE_ACCESS_TOKEN=instant.token)
        cold_command = [gatehouse, "--homeserver", instant.base_url, "--quit-when-loaded", "--no-history"]
        results = {"gatehouse": [], "baseline": []}
        for i in range(warmups + runs):
            order = [("gatehouse", stored_command, stored_env), ("baseline", cold_command, cold_env)]
            if i % 2:
                order.reverse()
            for name, command, command_env in order:
                sample = run_once(command, command_env, timeout)
                if i >= warmups:
                    results[name].append(sample)
        return results
    finally:
        slow.stop()
        instant.stop()


def median(samples, index):
    return statistics.median(sample[index] for sample in samples)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib():
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / (1024 * 1024)
    except OSError:
        pass
    return 0.0


def os_name():
    try:
        with open("/etc/os-release") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def qt_version(gatehouse, env):
    try:
        out = subprocess.run([gatehouse, "--version"], env=env, capture_output=True, text=True, timeout=30)
        text = out.stdout.strip()
        if "(Qt " in text:
            return text.split("(Qt ", 1)[1].rstrip(")")
    except (OSError, subprocess.SubprocessError):
        pass
    return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gatehouse", required=True, help="the gatehouse binary")
    parser.add_argument("--baseline", required=True, help="the gatehouse_baseline binary")
    parser.add_argument("--demo-server", help="the gatehouse binary that runs the demo server (default: --gatehouse), "
                                               "to compare two builds against the same server")
    parser.add_argument("--sessions", default="1,1000,10000", help="comma-separated session counts")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each program per count")
    parser.add_argument("--warmups", type=int, default=2, help="unmeasured runs of each first")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one run may take")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--instant-start", action="store_true",
                        help="the instant-start rows: a saved account's stored list (server taking 2 s) against "
                             "a cold start (needs --account-helper and a keyring session)")
    parser.add_argument("--account-helper", help="the gatehouse_benchmark_account binary (--instant-start)")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when, at {TARGET_SESSIONS} sessions, time or memory is above "
                             f"{TARGET_RATIO} x the baseline")
    args = parser.parse_args()

    counts = [int(value) for value in args.sessions.split(",") if value.strip()]
    home = tempfile.mkdtemp(prefix="gatehouse-benchmark-")
    try:
        env = child_environment(home)
        print(f"Machine: {cpu_model()}, {os.cpu_count()} cores, {memory_gib():.1f} GiB RAM, {os_name()}, "
              f"Qt {qt_version(args.gatehouse, env)}")
        print(f"Load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{args.runs} runs of each program per row (after {args.warmups} warm-up runs), alternating; "
              "offscreen; medians.", flush=True)
        rows = []
        for sessions in counts:
            if args.instant_start:
                results = measure_instant_start(args.gatehouse, args.demo_server or args.gatehouse,
                                                args.account_helper, sessions, args.runs, args.warmups, env,
                                                args.timeout)
            else:
                results = measure(args.gatehouse, args.baseline, args.demo_server or args.gatehouse, sessions,
                                  args.runs, args.warmups, env, args.timeout)
            g, b = results["gatehouse"], results["baseline"]
            row = {
                "sessions": sessions,
                "gatehouse_ms": median(g, 0) * 1000, "baseline_ms": median(b, 0) * 1000,
                "gatehouse_rss_mib": median(g, 1) / 1024, "baseline_rss_mib": median(b, 1) / 1024,
                "gatehouse_cpu_ms": median(g, 2) * 1000, "baseline_cpu_ms": median(b, 2) * 1000,
            }
            row["time_ratio"] = row["gatehouse_ms"] / row["baseline_ms"]
            row["rss_ratio"] = row["gatehouse_rss_mib"] / row["baseline_rss_mib"]
            row["cpu_ratio"] = row["gatehouse_cpu_ms"] / row["baseline_cpu_ms"]
            rows.append(row)
            print(f"  measured {sessions} session(s)", file=sys.stderr, flush=True)
        print(f"Load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print()
        if args.instant_start:
            print("Instant start: \"Gatehouse\" is the first paint of a saved account's stored list while its "
                  "server takes 2 s to answer; \"Baseline\" is a cold start (--homeserver, no history) against "
                  "a server that answers at once. Target: time ratio <= 1.1.")
        print("| Sessions | Gatehouse time | Baseline time | Ratio | Gatehouse peak RSS | Baseline peak RSS "
              "| Ratio | Gatehouse CPU | Baseline CPU | Ratio |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            print(f"| {r['sessions']:,} | {r['gatehouse_ms']:.0f} ms | {r['baseline_ms']:.0f} ms "
                  f"| {r['time_ratio']:.2f} | {r['gatehouse_rss_mib']:.1f} MiB | {r['baseline_rss_mib']:.1f} MiB "
                  f"| {r['rss_ratio']:.2f} | {r['gatehouse_cpu_ms']:.0f} ms | {r['baseline_cpu_ms']:.0f} ms "
                  f"| {r['cpu_ratio']:.2f} |")
        print()
        print("Time: from starting the program until it exited after its first paint of the loaded list "
              "(Gatehouse: `--quit-when-loaded`, including the requests to the demo server). Peak RSS: the "
              "kernel's maximum resident set size. CPU: user + system time of the program.")
        if args.json:
            with open(args.json, "w") as out:
                json.dump(rows, out, indent=2)

        failed = False
        for r in rows:
            if args.instant_start:
                verdict = "meets" if r["time_ratio"] <= 1.1 else "misses"
                print(f"Instant start at {r['sessions']:,} sessions, first paint <= 1.1 x a cold start: "
                      f"{verdict} it ({r['time_ratio']:.2f}).")
                failed |= r["time_ratio"] > 1.1
                continue
            if r["sessions"] == TARGET_SESSIONS:
                for what, ratio in (("time", r["time_ratio"]), ("peak memory", r["rss_ratio"])):
                    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
                    failed |= ratio > TARGET_RATIO
                    print(f"Target at {TARGET_SESSIONS:,} sessions, {what} <= {TARGET_RATIO} x baseline: "
                          f"{verdict} it ({ratio:.2f}).")
        return 1 if args.check and failed else 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
