"""A Kazakh phone number as people type it: +7 / 8 / 7 and ten digits, or the ten digits alone
(they always begin with 7); stored as +7 and ten digits.  The desk and the kiosk both check
through kiosk.applicant.clean_phone."""

import pytest

from kiosk.applicant import clean_phone
from kiosk.errors import InputError


@pytest.mark.parametrize("typed", ["+7 701 234 56 78", "8 701 234 56 78", "87012345678",
                                   "77012345678", "7012345678", "701 234 56 78",
                                   "(701) 234-56-78"])
def test_the_same_number_however_typed(typed):
    assert clean_phone("applicant.phone", typed) == "+77012345678"


def test_a_city_number_without_the_prefix():
    assert clean_phone("phone", "727 250 11 22") == "+77272501122"


@pytest.mark.parametrize("typed", ["8012345678", "6012345678", "701234567", "+8 701 234 56 78",
                                   "+77012345678 9", "７０１２３４５６７８"])
def test_not_a_kazakh_number(typed):
    with pytest.raises(InputError) as e:
        clean_phone("applicant.phone", typed)
    assert "701 234 56 78" in e.value.text("en") and "701 234 56 78" in e.value.text("kk")
