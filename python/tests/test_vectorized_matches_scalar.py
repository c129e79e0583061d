"""The vectorized conversions (from_jdn, to_jdn) give what the scalar calls
(Calendar.parts_from_date, Calendar.date_from_parts) give, for every
registered calendar: on 2^20 fixed-seed random days over its whole range, its
two ends and the day past each end. The scalar side is checked on a fixed-seed
subsample; the whole 2^20 by the round trip, order (later days never give
earlier dates) and continuity (the next day is the next day of the month, or
day 1 of the next month or year). Also: strict=True names the first bad
element, and datetime64 input (any unit with whole days, NaT) is the same day
as its Julian Day Number."""
import numpy as np
import pytest

import kalends

SEED = 20240521
N_RANDOM = 1 << 20
N_SCALAR = 1 << 17  # scalar calls per calendar (all 2^20 would cost ~0.6 s each)
BLOCK = 1 << 12  # consecutive days per continuity block
SMALL_RANGE = 1 << 21  # a calendar with at most this many days is swept whole

CALENDARS = list({c.name: c for c in kalends.calendars()}.values())
NAMES = [c.name for c in CALENDARS]


def seed_of(cal):
    return [SEED, cal.id]  # one fixed stream per calendar, independent of the order


def random_days(cal):
    rng = np.random.default_rng(seed_of(cal))
    inside = rng.integers(cal.first_jdn, cal.last_jdn, size=N_RANDOM, endpoint=True, dtype=np.int64)
    edges = np.array([cal.first_jdn, cal.first_jdn + 1, cal.last_jdn - 1, cal.last_jdn,
                      cal.first_jdn - 1, cal.last_jdn + 1], dtype=np.int64)
    return np.concatenate([inside, edges])


def later(y0, m0, d0, y1, m1, d1):
    """(y1, m1, d1) > (y0, m0, d0) lexicographically, elementwise."""
    return (y1 > y0) | ((y1 == y0) & ((m1 > m0) | ((m1 == m0) & (d1 > d0))))


@pytest.mark.parametrize("cal", CALENDARS, ids=NAMES)
def test_from_jdn_and_to_jdn_match_the_scalar_calls(cal):
    days = random_days(cal)
    inside = (days >= cal.first_jdn) & (days <= cal.last_jdn)
    year, month, day, valid = kalends.from_jdn(days, cal)
    assert year.dtype == month.dtype == day.dtype == np.int32 and valid.dtype == np.bool_
    np.testing.assert_array_equal(valid, inside)
    assert not year[~inside].any() and not month[~inside].any() and not day[~inside].any()

    # Scalar against vectorized on a subsample and on the six range ends.
    rng = np.random.default_rng(seed_of(cal) + [1])
    picks = np.concatenate([rng.choice(N_RANDOM, N_SCALAR, replace=False), np.arange(N_RANDOM, len(days))])
    scalar = [cal.parts_from_date(int(j)) if ok else None for j, ok in zip(days[picks].tolist(), inside[picks])]
    vector = list(zip(year[picks].tolist(), month[picks].tolist(), day[picks].tolist()))
    mismatches = [(int(days[i]), s, v) for i, s, v in zip(picks, scalar, vector) if s is not None and s != v]
    assert not mismatches, f"first of {len(mismatches)} (jdn, scalar, vectorized): {mismatches[:5]}"
    for jdn in (cal.first_jdn - 1, cal.last_jdn + 1):
        with pytest.raises(kalends.Error):
            cal.parts_from_date(jdn)
    ends = [(int(year[i]), int(month[i]), int(day[i])) for i in range(N_RANDOM, N_RANDOM + 4)]
    assert [cal.date_from_parts(*p) for p in ends] == days[N_RANDOM:N_RANDOM + 4].tolist()

    # The whole array round-trips; the out-of-range ones (0, 0, 0) are no date.
    back, back_valid = kalends.to_jdn(year, month, day, cal)
    np.testing.assert_array_equal(back_valid, inside)
    np.testing.assert_array_equal(back[inside], days[inside])
    assert (back[~inside] == np.iinfo(np.int64).min).all()
    assert [cal.date_from_parts(*p) for p in vector[:2000]] == back[picks[:2000]].tolist()


@pytest.mark.parametrize("cal", CALENDARS, ids=NAMES)
def test_later_days_never_give_earlier_dates(cal):
    days = np.sort(random_days(cal)[:N_RANDOM])
    year, month, day, valid = kalends.from_jdn(days, cal)
    assert valid.all()
    step = np.diff(days) > 0
    forward = later(year[:-1], month[:-1], day[:-1], year[1:], month[1:], day[1:])
    np.testing.assert_array_equal(forward, step)  # strictly later where the day is later, equal where it repeats
    same = ~step
    assert (year[1:][same] == year[:-1][same]).all() and (day[1:][same] == day[:-1][same]).all()


def continuity_blocks(cal):
    if cal.last_jdn - cal.first_jdn < SMALL_RANGE:
        return [np.arange(cal.first_jdn, cal.last_jdn + 1, dtype=np.int64)]
    rng = np.random.default_rng(seed_of(cal) + [2])
    starts = [cal.first_jdn, cal.last_jdn - BLOCK + 1]
    starts += rng.integers(cal.first_jdn, cal.last_jdn - BLOCK, size=16, dtype=np.int64).tolist()
    starts.append(int(np.clip(2451545 - BLOCK // 2, cal.first_jdn, cal.last_jdn - BLOCK)))  # around 2000
    return [np.arange(s, s + BLOCK, dtype=np.int64) for s in starts]


@pytest.mark.parametrize("cal", CALENDARS, ids=NAMES)
def test_each_day_follows_the_one_before(cal):
    for days in continuity_blocks(cal):
        year, month, day, valid = kalends.from_jdn(days, cal)
        assert valid.all()
        y0, m0, d0, y1, m1, d1 = year[:-1], month[:-1], day[:-1], year[1:], month[1:], day[1:]
        next_day = (y1 == y0) & (m1 == m0) & (d1 == d0 + 1)
        next_month = (y1 == y0) & (m1 == m0 + 1) & (d1 == 1)
        next_year_number = np.where((y0 == -1) & (not cal.has_year_zero), 1, y0 + 1)
        next_year = (y1 == next_year_number) & (m1 == 1) & (d1 == 1)
        ok = next_day | next_month | next_year
        bad = np.flatnonzero(~ok)
        assert not len(bad), (f"{cal.name}: {int(days[bad[0]])} -> {int(days[bad[0]] + 1)} is "
                              f"{(int(y0[bad[0]]), int(m0[bad[0]]), int(d0[bad[0]]))} -> "
                              f"{(int(y1[bad[0]]), int(m1[bad[0]]), int(d1[bad[0]]))}")
        # A month ends on its last day, a year on its last month (the scalar rules).
        for i in np.flatnonzero(next_month | next_year)[:2000]:
            assert d0[i] == cal.days_in_month(int(m0[i]), int(y0[i]))
        for i in np.flatnonzero(next_year)[:200]:
            assert m0[i] == cal.months_in_year(int(y0[i]))


@pytest.mark.parametrize("name", ["gregorian", "hebrew", "persian", "chinese"])
def test_strict_raises_for_the_first_bad_element(name):
    cal = kalends.Calendar(name)
    days = np.full(10, cal.first_jdn + 100, dtype=np.int64)
    days[3] = cal.first_jdn - 1
    days[7] = cal.last_jdn + 1
    assert kalends.from_jdn(days, cal)[3].sum() == 8  # not strict: only marked
    with pytest.raises(kalends.Error) as caught:
        kalends.from_jdn(days, cal, strict=True)
    assert caught.value.index == 3 and isinstance(caught.value, ValueError)
    assert str(cal.first_jdn - 1) in str(caught.value)
    days[3] = cal.first_jdn
    with pytest.raises(kalends.Error) as caught:
        kalends.from_jdn(days, cal, strict=True)
    assert caught.value.index == 7

    year, month, day, _ = kalends.from_jdn(np.full(10, cal.first_jdn + 100), cal)
    month[5], day[8] = 0, 40
    with pytest.raises(kalends.Error) as caught:
        kalends.to_jdn(year, month, day, cal, strict=True)
    assert caught.value.index == 5 and caught.value.field == "month"
    month[5] = 1
    with pytest.raises(kalends.Error) as caught:
        kalends.to_jdn(year, month, day, cal, strict=True)
    assert caught.value.index == 8 and caught.value.field == "day"
    nat = (np.full(4, cal.first_jdn + 100) - kalends.JDN_OF_UNIX_EPOCH).astype("datetime64[D]")
    nat[2] = np.datetime64("NaT")
    with pytest.raises(kalends.Error, match="NaT") as caught:
        kalends.from_jdn(nat, cal, strict=True)
    assert caught.value.index == 2


@pytest.mark.parametrize("cal", CALENDARS, ids=NAMES)
def test_datetime64_days_are_their_julian_day_numbers(cal):
    days = random_days(cal)
    as_datetime = (days - kalends.JDN_OF_UNIX_EPOCH).astype("datetime64[D]")
    expected = kalends.from_jdn(days, cal)
    for got, want in zip(kalends.from_jdn(as_datetime, cal), expected):
        np.testing.assert_array_equal(got, want)
    as_datetime[::1000] = np.datetime64("NaT")
    year, month, day, valid = kalends.from_jdn(as_datetime, cal)
    assert not valid[::1000].any() and not year[::1000].any() and not month[::1000].any() and not day[::1000].any()
    np.testing.assert_array_equal(valid[1::1000], expected[3][1::1000])


@pytest.mark.parametrize("unit", ["W", "h", "m", "s", "ms", "us", "ns"])
def test_datetime64_finer_than_a_day_gives_the_day_it_falls_in(unit):
    # 1969-12-31 (before the epoch, where truncation and floor differ), 1970-01-01 and 2000-02-29.
    starts = np.array(["1969-12-31", "1970-01-01", "2000-02-29"], dtype="datetime64[D]")
    jdns = starts.astype(np.int64) + kalends.JDN_OF_UNIX_EPOCH
    if unit == "W":  # whole weeks from 1970-01-01 (a Thursday)
        weeks = np.array([-1, 0, 1], dtype="datetime64[W]")
        got = kalends.from_jdn(weeks, "gregorian")
        np.testing.assert_array_equal(np.stack(got[:3], 1), [[1969, 12, 25], [1970, 1, 1], [1970, 1, 8]])
        return
    first = starts.astype(f"datetime64[{unit}]")
    last = (starts + np.timedelta64(1, "D")).astype(f"datetime64[{unit}]") - np.timedelta64(1, unit)
    want = kalends.from_jdn(jdns, "gregorian")
    for moments in (first, last):
        for got, expected in zip(kalends.from_jdn(moments, "gregorian"), want):
            np.testing.assert_array_equal(got, expected)
