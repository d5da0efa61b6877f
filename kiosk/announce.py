"""The hall's voice: a chime, then the ticket and the window in Kazakh, then in Russian
("А он екі, бесінші терезе" / "А двенадцать, окно пять"), as one WAV.

Speech comes from espeak-ng, run as a command (``espeak-ng -v kk -w FILE TEXT``): it is free,
offline, packaged in Debian (``espeak-ng``) and shipped as an installer for Windows, and it is
one of the few engines with a Kazakh voice at all (Qt's text-to-speech has none on Linux and
depends on what Windows has installed; recorded clips would need a speaker for every number
of two languages).  The command, not the library, so nothing has to be compiled or bound and
a missing engine is one clear message.  The chime is synthesised here (two soft sine tones)
and joined with the speech by the ``wave`` module; numbers are spelled in words here, so the
engine never guesses how to read "A012" (a Kazakh window number is an ordinal: бесінші).
No Qt: the display, the command line and tests share it."""

from __future__ import annotations

import io
import math
import os
import re
import shutil
import subprocess
import tempfile
import wave
from array import array
from pathlib import Path
from typing import Sequence

from kiosk.errors import InputError

__all__ = ["AnnounceError", "spoken_text", "number_words", "kk_ordinal", "announcement",
           "write_announcement", "chime", "wav_duration", "wav_rms", "espeak_command",
           "LANGS", "RATE"]

LANGS = ("kk", "ru")
RATE = 22050                      # espeak-ng's own rate: no resampling
_CODE = re.compile(r"^([A-Z])(\d{1,4})$")

# the ticket's letter as a word: its Latin name as both languages read it
_LETTER = {"A": "А", "B": "Бэ", "C": "Цэ", "D": "Дэ", "E": "Е", "F": "Эф", "G": "Гэ",
           "H": "Аш", "K": "Ка", "L": "Эль", "M": "Эм", "N": "Эн", "P": "Пэ", "R": "Эр",
           "S": "Эс", "T": "Тэ"}

_KK_UNITS = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
# ordinals of the last word (-ыншы/-інші, -ншы/-нші by vowel harmony, with the usual
# irregular forms: жиырмасыншы, қырқыншы, елуінші)
_KK_ORDINAL = {"бір": "бірінші", "екі": "екінші", "үш": "үшінші", "төрт": "төртінші",
               "бес": "бесінші", "алты": "алтыншы", "жеті": "жетінші", "сегіз": "сегізінші",
               "тоғыз": "тоғызыншы", "он": "оныншы", "жиырма": "жиырмасыншы",
               "отыз": "отызыншы", "қырық": "қырқыншы", "елу": "елуінші",
               "алпыс": "алпысыншы", "жетпіс": "жетпісінші", "сексен": "сексенінші",
               "тоқсан": "тоқсаныншы", "жүз": "жүзінші", "мың": "мыңыншы"}

_RU_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
             "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот"]
_RU_THOUSANDS = ["", "тысяча", "две тысячи", "три тысячи", "четыре тысячи", "пять тысяч",
                 "шесть тысяч", "семь тысяч", "восемь тысяч", "девять тысяч"]


class AnnounceError(RuntimeError):
    """The announcement cannot be made (no speech engine, or it failed); says why."""


def number_words(n: int, lang: str) -> str:
    """0..9999 in words: 12 -> "он екі" / "двенадцать", 305 -> "үш жүз бес" / "триста пять"."""
    if not 0 <= n <= 9999:
        raise ValueError(f"{n} is out of 0..9999")
    if n == 0:
        return "нөл" if lang == "kk" else "ноль"
    thousands, rest = divmod(n, 1000)
    hundreds, rest = divmod(rest, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if lang == "kk":
        if thousands:
            words += ([] if thousands == 1 else [_KK_UNITS[thousands]]) + ["мың"]
        if hundreds:
            words += ([] if hundreds == 1 else [_KK_UNITS[hundreds]]) + ["жүз"]
        words += [w for w in (_KK_TENS[tens], _KK_UNITS[units]) if w]
    else:
        words += [w for w in (_RU_THOUSANDS[thousands], _RU_HUNDREDS[hundreds]) if w]
        if tens == 1:
            words.append(_RU_TEENS[units])
        else:
            words += [w for w in (_RU_TENS[tens], _RU_UNITS[units]) if w]
    return " ".join(words)


def kk_ordinal(n: int) -> str:
    """A Kazakh ordinal in words: 5 -> "бесінші", 12 -> "он екінші", 20 -> "жиырмасыншы"."""
    if not 1 <= n <= 9999:
        raise ValueError(f"{n} is out of 1..9999")
    words = number_words(n, "kk").split()
    words[-1] = _KK_ORDINAL[words[-1]]
    return " ".join(words)


def _split_code(code: str) -> tuple[str, int]:
    m = _CODE.match(code.strip().upper())
    if not m or m.group(1) not in _LETTER:
        raise InputError("code", "queue.bad_code", ticket=code)
    return m.group(1), int(m.group(2))


def spoken_text(code: str, window: int, lang: str) -> str:
    """What is said: "А он екі, бесінші терезе." / "А двенадцать, окно пять."."""
    letter, number = _split_code(code)
    if not 1 <= window <= 999:
        raise InputError("window", "queue.window_number", window=window)
    ticket = f"{_LETTER[letter]} {number_words(number, lang)}"
    if lang == "kk":
        return f"{ticket}, {kk_ordinal(window)} терезе."
    if lang == "ru":
        return f"{ticket}, окно {number_words(window, 'ru')}."
    raise InputError("lang", "queue.announce_lang", language=lang)


def espeak_command() -> str:
    """The espeak-ng program: on PATH, or where its Windows installer puts it."""
    found = shutil.which("espeak-ng")
    if found:
        return found
    for root in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
        if root:
            exe = Path(root) / "eSpeak NG" / "espeak-ng.exe"
            if exe.is_file():
                return str(exe)
    raise AnnounceError("the speech engine espeak-ng is not installed (Debian: apt install "
                        "espeak-ng; Windows: the eSpeak NG installer from its GitHub releases)")


def _speech(text: str, lang: str, speed: int) -> bytes:
    """espeak-ng's speech of ``text`` as 16-bit mono frames at :data:`RATE`."""
    exe = espeak_command()
    with tempfile.TemporaryDirectory(prefix="qabyldau-voice-") as tmp:
        out = Path(tmp) / "speech.wav"
        try:
            done = subprocess.run([exe, "-v", lang, "-s", str(speed), "-w", str(out), text],
                                  capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AnnounceError(f"espeak-ng did not run: {exc}") from None
        if done.returncode != 0 or not out.is_file():
            raise AnnounceError("espeak-ng failed: " + done.stderr.decode(errors="replace").strip())
        with wave.open(str(out), "rb") as w:
            if (w.getnchannels(), w.getsampwidth()) != (1, 2):
                raise AnnounceError("espeak-ng gave an unexpected WAV format")
            frames = w.readframes(w.getnframes())
            rate = w.getframerate()
    if rate != RATE:
        frames = _resample(frames, rate, RATE)
    return frames


def _resample(frames: bytes, src: int, dst: int) -> bytes:
    samples = array("h", frames)
    n = int(len(samples) * dst / src)
    out = array("h", (samples[min(len(samples) - 1, int(i * src / dst))] for i in range(n)))
    return out.tobytes()


def _silence(seconds: float) -> bytes:
    return bytes(2 * int(RATE * seconds))


def chime() -> bytes:
    """Two soft bell-like tones (E6 then C6, 0.9 s), 16-bit mono frames at :data:`RATE`."""
    out = array("h")
    for freq, length in ((1318.5, 0.35), (1046.5, 0.55)):
        n = int(RATE * length)
        for i in range(n):
            t = i / RATE
            attack = min(1.0, t / 0.01)
            envelope = attack * math.exp(-4.0 * t)
            value = envelope * (math.sin(2 * math.pi * freq * t)
                                + 0.3 * math.sin(4 * math.pi * freq * t))
            out.append(int(0.45 * 32767 * value / 1.3))
    return out.tobytes()


def _scaled(frames: bytes, volume: int) -> bytes:
    if volume >= 100:
        return frames
    factor = max(0, volume) / 100.0
    return array("h", (int(s * factor) for s in array("h", frames))).tobytes()


def announcement(code: str, window: int, langs: Sequence[str] = LANGS, *, volume: int = 100,
                 speed: int = 140) -> bytes:
    """One announcement as WAV file bytes: the chime, then the ticket and window in each of
    ``langs`` in turn (Kazakh first), at ``volume`` percent."""
    texts = [spoken_text(code, window, lang) for lang in langs]  # bad input before any work
    parts = [chime(), _silence(0.3)]
    for i, (lang, text) in enumerate(zip(langs, texts)):
        if i:
            parts.append(_silence(0.5))
        parts.append(_speech(text, lang, speed))
    parts.append(_silence(0.2))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(_scaled(b"".join(parts), volume))
    return buf.getvalue()


def write_announcement(path: str | Path, code: str, window: int,
                       langs: Sequence[str] = LANGS, *, volume: int = 100) -> Path:
    data = announcement(code, window, langs, volume=volume)
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


def wav_duration(data: bytes) -> float:
    with wave.open(io.BytesIO(data), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def wav_rms(data: bytes, start: float = 0.0, end: float | None = None) -> float:
    """Root mean square of a 16-bit mono WAV between two moments, 0..1."""
    with wave.open(io.BytesIO(data), "rb") as w:
        rate = w.getframerate()
        samples = array("h", w.readframes(w.getnframes()))
    a = int(start * rate)
    b = len(samples) if end is None else int(end * rate)
    part = samples[a:b]
    if not part:
        return 0.0
    return math.sqrt(sum(s * s for s in part) / len(part)) / 32768.0
