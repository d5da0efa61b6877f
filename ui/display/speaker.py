"""The display's voice: announcements spoken one after another, never over each other.

One worker thread takes calls from a queue in order, makes each announcement (chime, Kazakh,
Russian: kiosk.announce) and hands it to a *sink* that plays it and returns only when it has
finished; so the next call waits for the previous one by construction.  The sink that plays
on the PC's speakers runs the system's player: ``winsound`` on Windows (part of Python),
``paplay``/``pw-play`` (PulseAudio/PipeWire) or ``aplay`` (ALSA) on Linux.  Tests give a
recording sink instead."""

from __future__ import annotations

import queue as _queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.announce import AnnounceError, announcement, wav_duration
from kiosk.queue import Call

__all__ = ["Sink", "SystemSink", "Speaker", "player_command"]


class Sink(Protocol):
    def play(self, wav: bytes, call: Call) -> None:
        """Play one announcement; return when it has been played."""


def player_command() -> list[str] | None:
    """The Linux command that plays a WAV file and waits for its end, or None."""
    for cmd in (["paplay"], ["pw-play"], ["aplay", "-q"]):
        if shutil.which(cmd[0]):
            return cmd
    return None


class SystemSink:
    """Plays on this PC's speakers (see the module's note)."""

    def __init__(self) -> None:
        self.command = None if sys.platform == "win32" else player_command()
        self.problem: str | None = None
        if sys.platform != "win32" and self.command is None:
            self.problem = ("no audio player found (install pulseaudio-utils or alsa-utils): "
                            "calls are shown but not heard")

    def play(self, wav: bytes, call: Call) -> None:
        if sys.platform == "win32":
            import winsound
            winsound.PlaySound(wav, winsound.SND_MEMORY)
            return
        if self.command is None:
            time.sleep(wav_duration(wav))  # keep the pace of a heard announcement
            return
        with tempfile.TemporaryDirectory(prefix="qabyldau-call-") as tmp:
            path = Path(tmp) / "call.wav"
            path.write_bytes(wav)
            try:
                subprocess.run([*self.command, str(path)], capture_output=True,
                               timeout=wav_duration(wav) + 15)
            except (OSError, subprocess.TimeoutExpired) as exc:
                self.problem = f"{self.command[0]}: {exc}"


class Speaker(QObject):
    """Announces calls in order on a worker thread; ``spoken`` when one has been played,
    ``failed`` with the reason when one could not be made."""

    spoken = Signal(str)
    failed = Signal(str)

    def __init__(self, sink: Sink | None = None,
                 make: Callable[..., bytes] = announcement) -> None:
        super().__init__()
        self.sink: Sink = sink or SystemSink()
        self._make = make
        self._calls: _queue.Queue[tuple[Call, int] | None] = _queue.Queue()
        self._thread = threading.Thread(target=self._run, name="hall-voice", daemon=True)
        self._thread.start()

    def say(self, call: Call, volume: int = 100) -> None:
        if call.window is None:
            return
        self._calls.put((call, volume))

    def pending(self) -> int:
        return self._calls.qsize()

    def stop(self) -> None:
        self._calls.put(None)
        self._thread.join(timeout=15)

    def _run(self) -> None:
        while True:
            item = self._calls.get()
            if item is None:
                return
            call, volume = item
            try:
                assert call.window is not None
                wav = self._make(call.code, call.window, volume=volume)
                self.sink.play(wav, call)
            except (AnnounceError, OSError, ValueError) as exc:
                self.failed.emit(f"{call.code}: {exc}")
                continue
            except Exception as exc:  # a broken sink must not silence the next calls
                self.failed.emit(f"{call.code}: {exc!r}")
                continue
            self.spoken.emit(call.code)
