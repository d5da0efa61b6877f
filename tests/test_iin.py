import datetime as dt

import pytest

from kiosk.errors import InputError
from kiosk.iin import IINError, iin_check_digit, make_iin, mask_iin, validate_iin


def test_valid_iin_gives_birth_date_and_sex():
    info = validate_iin("900515300008".replace("8", str(iin_check_digit("90051530000"))))
    assert info.birth_date == dt.date(1990, 5, 15)
    assert info.sex == "male"


@pytest.mark.parametrize("birth,sex", [(dt.date(1875, 1, 2), "female"), (dt.date(1999, 12, 31), "male"),
                                       (dt.date(2012, 2, 29), "female")])
def test_generated_iins_round_trip(birth, sex):
    for serial in range(20):
        iin = make_iin(birth, sex, serial)
        if iin:
            info = validate_iin(iin)
            assert (info.birth_date, info.sex) == (birth, sex)
            return
    pytest.fail("no valid serial")


def test_second_pass_weights_are_used():
    # find an IIN whose first pass gives 10, so the check digit comes from weights 3..11,1,2
    for serial in range(10000):
        first11 = f"8803154{serial:04d}"
        if sum(int(d) * w for d, w in zip(first11, range(1, 12))) % 11 == 10:
            check = iin_check_digit(first11)
            if check is not None:
                assert validate_iin(first11 + str(check)).birth_date == dt.date(1988, 3, 15)
                return
    pytest.fail("no second-pass example found")


def test_double_ten_is_invalid():
    for serial in range(10000):
        first11 = f"8803154{serial:04d}"
        if iin_check_digit(first11) is None:
            for last in "0123456789":
                with pytest.raises(IINError) as e:
                    validate_iin(first11 + last)
                assert e.value.reason == "checksum"
            return
    pytest.fail("no double-ten example found")


@pytest.mark.parametrize("text,reason", [
    ("", "empty"), ("   ", "empty"), ("12345678901", "length"), ("1234567890123", "length"),
    ("90051530000a", "not_digits"), ("９００５１５３０００１", "not_digits"),
    ("900515700001", "century"), ("900515000001", "century"),
    ("901315300001", "date"), ("900230300001", "date"),
])
def test_invalid_kinds(text, reason):
    with pytest.raises(IINError) as e:
        validate_iin(text)
    assert e.value.reason == reason
    assert isinstance(e.value, ValueError) and isinstance(e.value, InputError)


def test_wrong_check_digit_message_in_three_languages():
    good = make_iin(dt.date(1990, 5, 15), "male", 1)
    assert good
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    with pytest.raises(IINError) as e:
        validate_iin(bad)
    assert "check digit" in str(e.value)
    assert "бақылау цифры" in e.value.text("kk")
    assert "Контрольная цифра" in e.value.text("ru")


def test_mask():
    assert mask_iin("900515300012") == "900515****12"
