#!/usr/bin/python3
"""Prepare a local Nova compute API (Debian's python3-nova) for tests and the demo.

Run with Debian's /usr/bin/python3 (another python3 on PATH may not see the Debian modules).

  nova-setup.py --config-dir DIR --sync               # create the API, cell0 and cell1 databases
  nova-setup.py --config-dir DIR --hosts hosts.json   # add compute hosts, then map them
  nova-setup.py --config-dir DIR --aggregates aggregates.json   # make host aggregates exactly so

hosts.json: [{"host": "cmp1", "nodes": [{"name": "cmp1.example", "uuid": "..."}]}, ...]. Each host
becomes a nova-compute service record and each node a compute node record, created through Nova's own
objects (what a nova-compute process would write); no nova-compute runs. A node's uuid and name are
those of its Placement resource provider (create the provider first, as nova-compute would). Hosts
and nodes that exist already are left as they are, so the step can be repeated.

aggregates.json: [{"uuid": "...", "name": "az-north", "metadata": {"availability_zone": "north"},
"hosts": ["cmp1", ...]}, ...]. Each aggregate is created with that UUID (the API cannot choose one,
and the demo's Placement aggregates have fixed UUIDs) or changed to exactly that name, metadata and
host list, through Nova's objects: nothing is mirrored into Placement (the demo seeds Placement
itself, and leaves drift on purpose). Aggregates not listed are left alone.

The steps may be given at once; one Python process does them all (each nova-manage call would pay
3-9 s of imports).
"""
import argparse
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config-dir", required=True)
    parser.add_argument("--sync", action="store_true")
    parser.add_argument("--hosts")
    parser.add_argument("--aggregates")
    args = parser.parse_args()

    from nova import config, context, exception, objects
    from nova.cmd import manage
    from nova.objects import host_mapping

    conf = os.path.join(args.config_dir, "nova.conf")
    config.parse_args([sys.argv[0], "--config-file", conf])
    objects.register_all()

    if args.sync:
        manage.ApiDbCommands().sync()
        cells = manage.CellV2Commands()
        cell0 = "sqlite:///" + os.path.join(os.path.abspath(args.config_dir), "nova_cell0.db")
        cell1 = "sqlite:///" + os.path.join(os.path.abspath(args.config_dir), "nova_cell1.db")
        if cells.map_cell0(database_connection=cell0) not in (0, None):
            sys.exit("nova-setup: map_cell0 failed")
        if cells.create_cell(name="cell1", transport_url="fake://", database_connection=cell1) not in (0, None):
            sys.exit("nova-setup: create_cell failed")
        manage.DbCommands().sync()

    if args.hosts:
        with open(args.hosts, encoding="utf-8") as f:
            hosts = json.load(f)
        admin = context.get_admin_context()
        cell = next(c for c in objects.CellMappingList.get_all(admin) if c.name == "cell1")
        with context.target_cell(admin, cell) as cctxt:
            for entry in hosts:
                try:
                    service = objects.Service.get_by_args(cctxt, entry["host"], "nova-compute")
                except exception.HostBinaryNotFound:
                    service = objects.Service(cctxt, binary="nova-compute", host=entry["host"], topic="compute")
                    service.create()
                for node in entry["nodes"]:
                    try:
                        objects.ComputeNode.get_by_uuid(cctxt, node["uuid"])
                        continue
                    except exception.ComputeHostNotFound:
                        pass
                    objects.ComputeNode(
                        cctxt, host=entry["host"], hypervisor_hostname=node["name"], uuid=node["uuid"],
                        service_id=service.id, vcpus=16, memory_mb=65536, local_gb=500, vcpus_used=0,
                        memory_mb_used=0, local_gb_used=0, hypervisor_type="fake", hypervisor_version=1000,
                        cpu_info="{}", running_vms=0, free_ram_mb=65536, free_disk_gb=500,
                        current_workload=0, disk_available_least=500, host_ip="127.0.0.1",
                        supported_hv_specs=[], stats={}, cpu_allocation_ratio=16.0,
                        ram_allocation_ratio=1.5, disk_allocation_ratio=1.0).create()
        host_mapping.discover_hosts(admin)

    if args.aggregates:
        with open(args.aggregates, encoding="utf-8") as f:
            wanted = json.load(f)
        admin = context.get_admin_context()
        for entry in wanted:
            try:
                aggregate = objects.Aggregate.get_by_uuid(admin, entry["uuid"])
            except exception.AggregateNotFound:
                aggregate = objects.Aggregate(admin, uuid=entry["uuid"], name=entry["name"],
                                              metadata=dict(entry.get("metadata", {})))
                aggregate.create()
            if aggregate.name != entry["name"]:
                aggregate.name = entry["name"]
                aggregate.save()
            metadata = entry.get("metadata", {})
            changes = {key: None for key in aggregate.metadata if key not in metadata}
            changes.update({key: value for key, value in metadata.items() if aggregate.metadata.get(key) != value})
            if changes:
                aggregate.update_metadata(changes)
            hosts = set(entry.get("hosts", []))
            for host in sorted(set(aggregate.hosts or []) - hosts):
                aggregate.delete_host(host)
            for host in sorted(hosts - set(aggregate.hosts or [])):
                aggregate.add_host(host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
