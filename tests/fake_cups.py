"""A pretend CUPS for tests (kiosk.printers._run replaced): queues that are idle, stopped,
rejecting or short of paper, and the jobs handed to them.  Nothing reaches a real printer."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field


@dataclass
class Queue:
    enabled: bool = True
    accepting: bool = True
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    completes: bool = True          # a working printer finishes each job at once


@dataclass
class Job:
    id: str
    printer: str
    title: str
    media: str | None
    path: str
    done: bool = False


class FakeCups:
    def __init__(self, **queues: Queue) -> None:
        self.queues = dict(queues)
        self.default = next(iter(self.queues), None)
        self.jobs: list[Job] = []
        self.calls: list[list[str]] = []
        self.cancelled: list[Job] = []

    def __call__(self, argv: list[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(argv))
        out, code = self._answer(argv)
        return subprocess.CompletedProcess(argv, code, out, "" if code == 0 else out)

    def _answer(self, argv: list[str]) -> tuple[str, int]:
        cmd, args = argv[0], argv[1:]
        if cmd == "lpstat" and args == ["-e"]:
            return "".join(f"{n}\n" for n in self.queues), 0
        if cmd == "lpstat" and args == ["-d"]:
            return (f"system default destination: {self.default}\n" if self.default
                    else "no system default destination\n"), 0
        if cmd == "lpstat" and args[:2] == ["-l", "-p"]:
            q = self.queues.get(args[2])
            if q is None:
                return f"lpstat: Invalid destination name in list \"{args[2]}\".\n", 1
            head = (f"printer {args[2]} is idle.  enabled since Fri Nov 20 10:00:00 2026\n"
                    if q.enabled else
                    f"printer {args[2]} disabled since Fri Nov 20 10:00:00 2026 -\n"
                    f"\t{q.message or 'Paused'}\n")
            alerts = " ".join(q.reasons) or "none"
            return head + f"\tForm mounted:\n\tAlerts: {alerts}\n\tDescription: {args[2]}\n", 0
        if cmd == "lpstat" and args[:1] == ["-a"]:
            q = self.queues[args[1]]
            return (f"{args[1]} accepting requests since Fri Nov 20 10:00:00 2026\n"
                    if q.accepting else
                    f"{args[1]} not accepting requests since Fri Nov 20 10:00:00 2026 -\n"
                    "\tRejecting Jobs\n"), 0
        if cmd == "lpstat" and args[:2] == ["-l", "-o"]:
            return "".join(f"{j.id}  root  1024  Fri Nov 20 10:15:00 2026\n\tAlerts: none\n"
                           f"\tqueued for {j.printer}\n" for j in self.jobs
                           if j.printer == args[2] and not j.done), 0
        if cmd == "lpstat" and args[:3] == ["-W", "completed", "-o"]:
            return "".join(f"{j.id}  root  1024  Fri Nov 20 10:15:00 2026\n" for j in self.jobs
                           if j.printer == args[3] and j.done), 0
        if cmd == "lp":
            printer = args[args.index("-d") + 1]
            q = self.queues.get(printer)
            if q is None or not q.accepting:
                return f"lp: Destination \"{printer}\" is not accepting jobs.\n", 1
            media = next((a.split("=", 1)[1] for a in args if a.startswith("media=")), None)
            job = Job(f"{printer}-{len(self.jobs) + 1}", printer,
                      args[args.index("-t") + 1], media, args[-1])
            job.done = q.enabled and q.completes and "offline-report" not in q.reasons
            self.jobs.append(job)
            return f"request id is {job.id} (1 file(s))\n", 0
        if cmd == "cancel":
            job = next((j for j in self.jobs if j.id == args[0]), None)
            if job is None or job.done:
                return f"cancel: cannot cancel {args[0]}\n", 1
            self.jobs.remove(job)
            self.cancelled.append(job)
            return "", 0
        raise AssertionError(f"the fake CUPS does not know {argv}")
