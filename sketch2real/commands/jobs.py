"""``sketch2real jobs list|watch|cancel|get``: look after jobs on a server. Imports only the
client (grpcio, protobuf), never torch."""

from __future__ import annotations

import argparse

from sketch2real.client.cli_support import add_connection_arguments
from sketch2real.commands.submit import FORMATS

STATES = ("queued", "running", "completed", "failed", "cancelled")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="jobs_command", metavar="ACTION")
    sub.required = True
    ls = sub.add_parser("list", help="jobs, newest first")
    ls.add_argument("--state", action="append", choices=STATES, default=[],
                    help="only jobs in this state (repeatable)")
    ls.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    watch = sub.add_parser("watch", help="follow a job's events (resumable)")
    watch.add_argument("job_id")
    watch.add_argument("--after-seq", type=int, default=0,
                       help="resume after this event number (default: from the start)")
    watch.add_argument("-o", "--output", help="download the result here when it completes")
    watch.add_argument("--format", choices=FORMATS, default=None)
    cancel = sub.add_parser("cancel", help="cancel a job")
    cancel.add_argument("job_id")
    get = sub.add_parser("get", help="one job, as JSON")
    get.add_argument("job_id")
    for q in (ls, watch, cancel, get):
        add_connection_arguments(q)


def run(args: argparse.Namespace) -> int:
    import datetime
    from pathlib import Path

    from google.protobuf import json_format

    from sketch2real.client import enum_name
    from sketch2real.client.cli_support import connect
    from sketch2real.commands.submit import follow_and_download, result_format

    with connect(args) as client:
        if args.jobs_command == "list":
            for job in client.iter_jobs(states=args.state, limit=args.limit):
                when = datetime.datetime.fromtimestamp(job.created_time).strftime("%Y-%m-%d %H:%M:%S")
                where = f"{job.stage} {job.step}/{job.total_steps}" if job.stage else ""
                print(f"{job.job_id}  {enum_name('state', job.state):9}  "
                      f"{enum_name('priority', job.priority):11}  {when}  "
                      f"{job.options.prompt[:40]!r}  {where}".rstrip())
            return 0
        if args.jobs_command == "get":
            print(json_format.MessageToJson(client.get_job(args.job_id),
                                            preserving_proto_field_name=True))
            return 0
        if args.jobs_command == "cancel":
            resp = client.cancel(args.job_id)
            state = enum_name("state", resp.state)
            print(f"{args.job_id}: {state}" + (" (stopping)" if resp.cancel_requested else ""))
            return 0
        out = Path(args.output) if args.output else None
        return follow_and_download(client, args.job_id, out, result_format(out, args.format),
                                   quiet=False, after_seq=args.after_seq)
