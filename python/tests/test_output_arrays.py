"""out= writes the results of from_jdn and to_jdn into the caller's arrays,
exactly those new arrays would hold, and refuses any array that is not of the
dtype, shape and layout the call makes or that overlaps another."""
import numpy
import pytest

import kalends

DAYS = numpy.random.default_rng(20261206).integers(2_300_000, 2_600_000, 100_000).reshape(250, 400)


def _parts_out(shape):
    return tuple(numpy.full(shape, -7, numpy.int32) for _ in range(3)) + (numpy.zeros(shape, bool),)


@pytest.mark.parametrize("calendar", ["gregorian", "hebrew", "chinese", "islamic-umalqura"])
def test_out_holds_what_new_arrays_hold_and_is_returned(calendar):
    fresh = kalends.from_jdn(DAYS, calendar)
    out = _parts_out(DAYS.shape)
    returned = kalends.from_jdn(DAYS, calendar, out=out)
    assert all(r is o for r, o in zip(returned, out))
    for expected, actual in zip(fresh, out):
        numpy.testing.assert_array_equal(actual, expected)
    jdn_out = (numpy.zeros(DAYS.shape, numpy.int64), numpy.zeros(DAYS.shape, bool))
    returned = kalends.to_jdn(*out[:3], calendar, out=jdn_out)
    assert returned[0] is jdn_out[0] and returned[1] is jdn_out[1]
    numpy.testing.assert_array_equal(jdn_out[0][jdn_out[1]], DAYS[fresh[3]])


def test_out_marks_invalid_elements_as_new_arrays_do():
    days = numpy.array([0, 2460756, numpy.iinfo(numpy.int64).max])
    out = _parts_out(3)
    kalends.from_jdn(days, "persian", out=out)
    assert out[3].tolist() == [False, True, False]
    assert [a[0] for a in out[:3]] == [0, 0, 0]
    with pytest.raises(kalends.Error) as raised:
        kalends.from_jdn(days, "persian", strict=True, out=_parts_out(3))
    assert raised.value.index == 0


def _with(out, position, replacement):
    return out[:position] + (replacement,) + out[position + 1:]


@pytest.mark.parametrize("make_out, error, message", [
    (lambda out: list(out), TypeError, r"a tuple of 4 arrays \(year, month, day, valid\)"),
    (lambda out: out[:3], TypeError, "a tuple of 4 arrays"),
    (lambda out: _with(out, 0, [0] * 10), TypeError, "the year array must be a numpy.ndarray, got list"),
    (lambda out: _with(out, 1, numpy.zeros(10, numpy.int64)), TypeError, "the month array must have dtype int32, got int64"),
    (lambda out: _with(out, 3, numpy.zeros(10, numpy.int32)), TypeError, "the valid array must have dtype bool"),
    (lambda out: _with(out, 2, numpy.zeros(10, numpy.dtype(">i4"))), TypeError, "the day array must have dtype int32"),
    (lambda out: _with(out, 2, numpy.zeros(11, numpy.int32)), ValueError, r"must have shape \(10,\), got \(11,\)"),
    (lambda out: _with(out, 2, numpy.zeros((2, 5), numpy.int32)), ValueError, r"must have shape \(10,\), got \(2, 5\)"),
    (lambda out: _with(out, 0, numpy.zeros(20, numpy.int32)[::2]), ValueError, "the year array must be C-contiguous"),
    (lambda out: _with(out, 1, out[0]), ValueError, "the year and month arrays overlap"),
])
def test_out_refuses_arrays_the_call_would_not_make(make_out, error, message):
    with pytest.raises(error, match=message):
        kalends.from_jdn(numpy.arange(2460000, 2460010), "persian", out=make_out(_parts_out(10)))


def test_out_refuses_read_only_arrays_and_arrays_over_an_input():
    out = _parts_out(10)
    out[0].flags.writeable = False
    with pytest.raises(ValueError, match="the year array is read-only"):
        kalends.from_jdn(numpy.arange(2460000, 2460010), "persian", out=out)
    days = numpy.arange(2460000, 2460010, dtype=numpy.int32)
    with pytest.raises(ValueError, match="the year array overlaps an input array"):
        kalends.from_jdn(days, "persian", out=_with(_parts_out(10), 0, days))
    year, month, day = (numpy.array([1404] * 4), numpy.array([1] * 4), numpy.array([1] * 4))
    with pytest.raises(ValueError, match="the jdn array overlaps an input array"):
        kalends.to_jdn(year, month, day, "persian", out=(year, numpy.zeros(4, bool)))
    with pytest.raises(TypeError, match=r"a tuple of 2 arrays \(jdn, valid\)"):
        kalends.to_jdn(year, month, day, "persian", out=_parts_out(4))
