#!/usr/bin/python3
"""scripts/demo --no-gui end to end: real Placement and real Nova started in a temporary folder,
the demo cloud seeded into both, the planned drift there and nothing else, a re-run that changes
nothing, a re-run that puts back what someone changed, and --stop stopping both servers.

Run by CTest (scripts.demo_seed); by hand: /usr/bin/python3 tests/scripts/tst_demo_seed.py
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://placement-desk.example.net/demo")
COUNT = 40  # two racks: r01 in AZ north, r02 in AZ south with r02-c16..c20 not in any aggregate


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def aggregate_uuid(label):
    return str(uuid.uuid5(NAMESPACE, "aggregate:" + label))


def get(url, version):
    request = urllib.request.Request(url, headers={"X-Auth-Token": "admin", "OpenStack-API-Version": version})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def post(url, version, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"X-Auth-Token": "admin", "OpenStack-API-Version": version,
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def main():
    data = tempfile.mkdtemp(prefix="pd-demo-test-")
    placement_port, nova_port = free_port(), free_port()
    placement = "http://127.0.0.1:%d" % placement_port
    nova = "http://127.0.0.1:%d/v2.1" % nova_port
    demo = ["bash", os.path.join(ROOT, "scripts", "demo"), "--data-dir", data]
    env = dict(os.environ)

    def run_demo(*extra):
        started = time.monotonic()
        done = subprocess.run(demo + ["--no-gui", "--count", str(COUNT), "--port", str(placement_port),
                                      "--nova-port", str(nova_port)] + list(extra),
                              env=env, capture_output=True, text=True, timeout=600)
        print("--- scripts/demo (%.1f s, rc %d) ---\n%s%s" % (time.monotonic() - started, done.returncode,
                                                               done.stdout[-3000:], done.stderr[-3000:]))
        return done

    try:
        first = run_demo()
        check(first.returncode == 0, "scripts/demo --no-gui succeeds")
        if first.returncode != 0:
            return
        check("r02-c12 was removed from tenant-acme in Nova" in first.stdout, "the demo names the unmirrored remove")
        check("r02-c16 (new hardware) was added to az-south in Nova" in first.stdout,
              "the demo names the failed add mirror")
        check("OS_COMPUTE_ENDPOINT_OVERRIDE=" + nova in first.stdout, "the demo prints the Nova endpoint")

        aggregates = {a["name"]: a for a in get(nova + "/os-aggregates", "compute 2.53")["aggregates"]}
        check(sorted(aggregates) == ["az-north", "az-south", "cpu-pinning", "gpu-a40", "sriov-25g", "ssd",
                                     "tenant-acme", "tenant-globex"],
              "Nova has the demo's host aggregates, not the Placement-only one: %s" % sorted(aggregates))
        check(all(a["uuid"] == aggregate_uuid(name) for name, a in aggregates.items()),
              "each Nova aggregate has the UUID of its Placement aggregate")
        check(aggregates.get("az-south", {}).get("availability_zone") == "south", "az-south is the AZ south")
        check(aggregates.get("ssd", {}).get("metadata", {}).get("trait:STORAGE_DISK_SSD") == "required",
              "ssd requires the SSD trait")
        acme_nova = set(aggregates.get("tenant-acme", {}).get("hosts", []))
        check(acme_nova == {"r02-c11", "r02-c13", "r02-c14", "r02-c15"}, "Nova's tenant-acme lacks r02-c12: %s"
              % sorted(acme_nova))
        check("r02-c16" in aggregates.get("az-south", {}).get("hosts", []), "Nova's az-south has r02-c16")
        hypervisors = get(nova + "/os-hypervisors/detail", "compute 2.53")["hypervisors"]
        check(len(hypervisors) == COUNT, "Nova has one compute node per root provider (%d)" % len(hypervisors))

        def members(label):
            body = get(placement + "/resource_providers?member_of=" + aggregate_uuid(label), "placement 1.39")
            return {p["name"].split(".")[0] for p in body["resource_providers"]}

        check("r02-c12" in members("tenant-acme"), "Placement's tenant-acme still has r02-c12")
        lacking = get(placement + "/resource_providers?member_of=%s&required=!STORAGE_DISK_SSD"
                      % aggregate_uuid("ssd"), "placement 1.39")["resource_providers"]
        check([p["name"].split(".")[0] for p in lacking] == ["r02-c10"],
              "only r02-c10 of the ssd aggregate lacks STORAGE_DISK_SSD: %s" % [p["name"] for p in lacking])
        check("r02-c10 is in ssd, which requires the trait STORAGE_DISK_SSD" in first.stdout,
              "the demo names the member without the required trait")
        check("r02-c16" not in members("az-south"), "Placement's az-south lacks r02-c16")
        # Instances, so the provider panel shows something used: r01-c05 runs one, r01-c03 (its CPU
        # on NUMA cells) and r01-c06 (an idle host) none.
        roots = {p["name"].split(".")[0]: p["uuid"]
                 for p in get(placement + "/resource_providers", "placement 1.39")["resource_providers"]
                 if not p["parent_provider_uuid"]}

        def usages(short):
            return get(placement + "/resource_providers/%s/usages" % roots[short], "placement 1.39")["usages"]

        check(usages("r01-c05").get("VCPU", 0) > 0 and usages("r01-c05").get("MEMORY_MB", 0) > 0,
              "r01-c05 runs an instance: %s" % usages("r01-c05"))
        check(not any(usages("r01-c06").values()) and not any(usages("r01-c03").values()),
              "r01-c06 and r01-c03 run none")
        check(members("az-north") == {h for a in [aggregates.get("az-north", {})] for h in a.get("hosts", [])},
              "az-north is the same on both sides")

        again = run_demo()
        check(again.returncode == 0 and "already as defined" in again.stdout and "nothing to change" in again.stdout,
              "a second run changes nothing on either server")

        # The conflict drill: another writer on cue, by the host's short name.
        def state(short):
            rps = get(placement + "/resource_providers", "placement 1.39")["resource_providers"]
            rp = next(p for p in rps if p["name"].split(".")[0] == short and not p["parent_provider_uuid"])
            body = get(placement + "/resource_providers/%s/aggregates" % rp["uuid"], "placement 1.39")
            return set(body["aggregates"]), body["resource_provider_generation"]

        def drill(*extra):
            done = subprocess.run(demo + ["--drill"] + list(extra) + ["--port", str(placement_port)], env=env,
                                  capture_output=True, text=True, timeout=120)
            print(done.stdout + done.stderr)
            return done

        before, generation = state("r01-c03")
        added = drill("r01-c03")
        after, moved = state("r01-c03")
        check(added.returncode == 0 and len(after - before) == 1 and before <= after and moved > generation,
              "--drill r01-c03 adds one aggregate with a generation move")
        bumped = drill("r01-c03", "--drill-mode", "bump")
        same, bumpedTo = state("r01-c03")
        check(bumped.returncode == 0 and same == after and bumpedTo > moved,
              "--drill-mode bump moves only the generation")
        removed = drill("r01-c03", "--drill-mode", "remove")
        check(removed.returncode == 0 and len(state("r01-c03")[0]) == len(after) - 1,
              "--drill-mode remove takes one aggregate away")
        check(drill("no-such-host").returncode == 2, "--drill of an unknown provider fails clearly")

        # What a presenter does: heal the drift through Nova's API (which also writes Placement).
        acme = aggregates["tenant-acme"]["id"]
        post(nova + "/os-aggregates/%d/action" % acme, "compute 2.53", {"add_host": {"host": "r02-c12"}})
        reset = run_demo()
        check(reset.returncode == 0 and "host aggregates set" in reset.stdout, "a third run resets Nova")
        hosts = set(next(a for a in get(nova + "/os-aggregates", "compute 2.53")["aggregates"]
                         if a["name"] == "tenant-acme")["hosts"])
        check(hosts == acme_nova, "Nova's tenant-acme lacks r02-c12 again")
        check("r02-c12" in members("tenant-acme"), "Placement's tenant-acme has r02-c12")

        nova_log = os.path.join(data, "nova", "nova-api.log")
        check(os.path.exists(nova_log), "nova-api logs into the demo's data folder")
    finally:
        stop = subprocess.run(demo + ["--stop"], env=env, capture_output=True, text=True, timeout=120)
        print(stop.stdout + stop.stderr)
        check(stop.returncode == 0 and "Nova stopped" in stop.stdout and "Placement stopped" in stop.stdout,
              "--stop stops both servers")
        for name in ("placement-server", "nova-server"):
            folder = data if name == "placement-server" else os.path.join(data, "nova")
            status = subprocess.run(["bash", os.path.join(ROOT, "scripts", name), "status", "--data-dir", folder],
                                    capture_output=True, text=True)
            check(status.returncode == 3, "%s reports not running after --stop" % name)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")
