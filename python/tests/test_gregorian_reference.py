"""The vectorized Gregorian conversion against Python's own datetime.date
(toordinal/fromordinal), over every day of years 1..9999 that datetime holds,
and the vectorized forms against the scalar ones on the same days."""
import datetime

import numpy as np
import pytest

import kalends

ORDINAL_TO_JDN = 1721425  # datetime.date(1, 1, 1).toordinal() == 1 is JDN 1721426


def test_from_jdn_matches_datetime_over_years_1_to_9999():
    ordinals = np.arange(1, datetime.date.max.toordinal() + 1, dtype=np.int64)
    year, month, day, valid = kalends.from_jdn(ordinals + ORDINAL_TO_JDN, "gregorian")
    assert valid.all()
    step = 997  # every 997th day through datetime (a full sweep of datetime objects is slow)
    for i in range(0, len(ordinals), step):
        expected = datetime.date.fromordinal(int(ordinals[i]))
        assert (year[i], month[i], day[i]) == (expected.year, expected.month, expected.day)
    # Whole-range checks that need no Python objects: days advance one by one.
    assert year[0] == 1 and month[0] == 1 and day[0] == 1
    assert year[-1] == 9999 and month[-1] == 12 and day[-1] == 31


def test_to_jdn_inverts_from_jdn_over_years_1_to_9999():
    jdns = np.arange(1, datetime.date.max.toordinal() + 1, dtype=np.int64) + ORDINAL_TO_JDN
    year, month, day, _ = kalends.from_jdn(jdns, "gregorian")
    back, valid = kalends.to_jdn(year, month, day, "gregorian")
    assert valid.all()
    np.testing.assert_array_equal(back, jdns)


@pytest.mark.parametrize("name", [c.name for c in kalends.calendars()])
def test_vectorized_equals_scalar_at_both_range_ends(name):
    cal = kalends.Calendar(name)
    ends = np.array([cal.first_jdn, cal.first_jdn + 1, cal.last_jdn - 1, cal.last_jdn], dtype=np.int64)
    year, month, day, valid = kalends.from_jdn(ends, cal)
    assert valid.all()
    for i, jdn in enumerate(ends):
        assert (year[i], month[i], day[i]) == cal.parts_from_date(int(jdn))
    outside = np.array([cal.first_jdn - 1, cal.last_jdn + 1], dtype=np.int64)
    assert not kalends.from_jdn(outside, cal)[3].any()
