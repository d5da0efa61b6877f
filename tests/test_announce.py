"""The hall's voice: numbers in words in Kazakh and Russian, and the WAV it makes."""

from __future__ import annotations

import os
import shutil

import pytest

from kiosk import announce
from kiosk.errors import InputError


@pytest.mark.parametrize("n, kk, ru", [
    (1, "бір", "один"), (7, "жеті", "семь"), (12, "он екі", "двенадцать"),
    (19, "он тоғыз", "девятнадцать"), (40, "қырық", "сорок"), (58, "елу сегіз", "пятьдесят восемь"),
    (100, "жүз", "сто"), (112, "жүз он екі", "сто двенадцать"),
    (999, "тоғыз жүз тоқсан тоғыз", "девятьсот девяносто девять"),
    (1000, "мың", "тысяча"), (2005, "екі мың бес", "две тысячи пять"),
    (5300, "бес мың үш жүз", "пять тысяч триста")])
def test_numbers_in_words(n, kk, ru):
    assert announce.number_words(n, "kk") == kk
    assert announce.number_words(n, "ru") == ru


@pytest.mark.parametrize("n, ordinal", [
    (1, "бірінші"), (2, "екінші"), (3, "үшінші"), (5, "бесінші"), (6, "алтыншы"),
    (9, "тоғызыншы"), (10, "оныншы"), (12, "он екінші"), (20, "жиырмасыншы"),
    (40, "қырқыншы"), (50, "елуінші"), (100, "жүзінші")])
def test_kazakh_window_numbers_are_ordinals(n, ordinal):
    assert announce.kk_ordinal(n) == ordinal


def test_what_is_said():
    assert announce.spoken_text("A012", 5, "kk") == "А он екі, бесінші терезе."
    assert announce.spoken_text("A012", 5, "ru") == "А двенадцать, окно пять."
    assert announce.spoken_text("B101", 11, "ru") == "Бэ сто один, окно одиннадцать."
    with pytest.raises(InputError):
        announce.spoken_text("A012", 0, "kk")
    with pytest.raises(InputError):
        announce.spoken_text("A012", 1, "en")


@pytest.mark.skipif(not shutil.which("espeak-ng") and not os.environ.get("CI"), reason="espeak-ng is not installed")
def test_one_announcement_says_both_languages_after_the_chime_and_follows_the_volume():
    both = announce.announcement("C007", 2)
    kk = announce.announcement("C007", 2, ("kk",))
    assert announce.wav_duration(kk) + 1.0 < announce.wav_duration(both) <= 12.0
    quiet = announce.announcement("C007", 2, ("kk",), volume=25)
    assert announce.wav_rms(quiet) == pytest.approx(announce.wav_rms(kk) / 4, rel=0.05)
    assert announce.wav_rms(announce.chime()[:0] + kk, 0.0, 0.5) > 0.05   # the chime rings
