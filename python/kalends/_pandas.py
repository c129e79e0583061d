"""The `.kal` accessor on pandas Series and DataFrames.

A thin layer over the vectorized functions: it turns pandas columns
(datetime64 of any unit, time-zone aware timestamps, nullable integers,
floats holding whole numbers and NaN) into the NumPy arrays those functions
take, and their results back into columns on the same index, with <NA> and
NaT where a value is missing or is no date. The calendar rules stay in C++.
"""
import numpy
import pandas

from . import _kalends

# The days pandas 1.5 can hold as datetime64[ns], as Julian Day Numbers.
_FIRST_NS_JDN = int(pandas.Timestamp.min.ceil("D").value // 86_400_000_000_000) + _kalends.JDN_OF_UNIX_EPOCH
_LAST_NS_JDN = int(pandas.Timestamp.max.floor("D").value // 86_400_000_000_000) + _kalends.JDN_OF_UNIX_EPOCH

_ERRORS = ("raise", "coerce")


def _check_errors(errors):
    if errors not in _ERRORS:
        raise ValueError(f"errors={errors!r} is not one of {', '.join(map(repr, _ERRORS))}")


def _integers(series, what):
    """A column as (int64 array, missing mask): nullable integers, whole floats and NaN."""
    dtype = series.dtype
    missing = series.isna().to_numpy()
    if pandas.api.types.is_bool_dtype(dtype) or not pandas.api.types.is_numeric_dtype(dtype):
        raise TypeError(f"{what} must hold integers, not {dtype}")
    if pandas.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype="float64", na_value=numpy.nan)
        present = values[~missing]
        if not numpy.all(numpy.isfinite(present)) or numpy.any(present != numpy.floor(present)):
            raise ValueError(f"{what} must hold whole numbers (NaN for a gap); it holds fractions or infinities")
        if present.size and (present.min() < -2.0**63 or present.max() >= 2.0**63):
            raise ValueError(f"{what} holds a number beyond int64")
        return numpy.where(missing, 0, values).astype("int64"), missing
    return series.to_numpy(dtype="int64", na_value=0), missing


def _days(series):
    """A column of dates as what from_jdn and format take: datetime64 or JDN integers, plus a missing mask."""
    dtype = series.dtype
    if isinstance(dtype, pandas.DatetimeTZDtype):
        # The date a reader in that time zone sees: the local wall-clock day.
        return series.dt.tz_localize(None).to_numpy(), None
    if pandas.api.types.is_datetime64_dtype(dtype):
        return series.to_numpy(), None
    if pandas.api.types.is_integer_dtype(dtype) or pandas.api.types.is_float_dtype(dtype):
        return _integers(series, "a Series of Julian Day Numbers")
    raise TypeError(f"a Series of {dtype} holds no dates: pass datetime64 values (pandas.to_datetime) "
                    "or integer Julian Day Numbers")


def _month_codes(calendar, year, month, valid):
    """The month code of every valid (year, month), asked once per distinct pair."""
    codes = numpy.full(year.shape, None, dtype=object)
    if valid.any():
        # One int64 key per pair (months are below 256 in every calendar), hashed by factorize.
        keys = year[valid].astype("int64") * 256 + month[valid]
        positions, distinct = pandas.factorize(keys)
        names = numpy.array([calendar.month_code(int(key % 256), int(key // 256)) for key in distinct], dtype=object)
        codes[valid] = names[positions]
    return pandas.array(codes, dtype="string")


def _to_datetime64(jdn, valid, index, errors, where):
    """Julian Day Numbers as a datetime64[ns] Series; days pandas cannot hold raise or become NaT."""
    in_reach = valid & (jdn >= _FIRST_NS_JDN) & (jdn <= _LAST_NS_JDN)
    beyond = valid & ~in_reach
    if errors == "raise" and beyond.any():
        position = int(numpy.argmax(beyond))
        raise pandas.errors.OutOfBoundsDatetime(
            f"{where} row {index[position]!r} is day {int(jdn[position])} (JDN), outside the days pandas holds as "
            f"datetime64[ns] ({pandas.Timestamp.min.ceil('D').date()} to {pandas.Timestamp.max.floor('D').date()}); "
            "pass errors='coerce' for NaT")
    nanoseconds = numpy.where(in_reach, jdn - _kalends.JDN_OF_UNIX_EPOCH, 0) * 86_400_000_000_000
    days = nanoseconds.view("datetime64[ns]")
    days[~in_reach] = numpy.datetime64("NaT")
    return pandas.Series(days, index=index)


def _raise_first_refused(convert, refused, index, where):
    """Re-runs the first refused element strictly, so that its kalends.Error says why, and names the row."""
    position = int(numpy.argmax(refused))
    try:
        convert(slice(position, position + 1))
    except _kalends.Error as error:
        error.index = position
        error.args = (f"{where} row {index[position]!r}: {error.reason}",)
        error.add_note("errors='coerce' gives NaT for such rows instead")
        raise
    raise AssertionError("a refused element converted when run alone")  # pragma: no cover


@pandas.api.extensions.register_series_accessor("kal")
class SeriesAccessor:
    """`series.kal`: a column of dates (datetime64 or JDN integers) in any calendar, or text to read."""

    def __init__(self, series):
        self._series = series

    def to(self, calendar):
        """The dates in `calendar` as a DataFrame year/month/day (Int32) and month_code (string); <NA> for NaT."""
        days, missing = _days(self._series)
        year, month, day, valid = _kalends.from_jdn(days, calendar)
        if missing is not None:
            valid &= ~missing
        return pandas.DataFrame({
            "year": pandas.arrays.IntegerArray(year, ~valid),
            "month": pandas.arrays.IntegerArray(month, ~valid),
            "day": pandas.arrays.IntegerArray(day, ~valid),
            "month_code": _month_codes(_kalends.Calendar(calendar), year, month, valid),
        }, index=self._series.index)

    def format(self, calendar, locale="en", pattern=None, **how):
        """The dates written in `calendar` and `locale` (see kalends.format) as a string Series; <NA> for NaT."""
        days, missing = _days(self._series)
        texts = _kalends.format(days, calendar, locale, pattern, **how)
        if missing is not None:
            texts[missing] = None
        return pandas.Series(pandas.array(texts, dtype="string"), index=self._series.index, name=self._series.name)

    def parse(self, calendar, locale="en", pattern=None, *, lenient=False, errors="raise", **how):
        """Text in `calendar` and `locale` (see kalends.parse) as datetime64[ns]; a gap gives NaT.

        errors='raise' raises kalends.Error for the first text that is no date; 'coerce' gives NaT.
        """
        _check_errors(errors)
        if not (pandas.api.types.is_string_dtype(self._series.dtype) or self._series.isna().all()):
            raise TypeError(f"kal.parse reads text; this Series holds {self._series.dtype}")
        texts = self._series.to_numpy(dtype=object, na_value=None)
        jdn, valid = _kalends.parse(texts, calendar, locale, pattern, lenient=lenient, **how)
        refused = ~valid & ~self._series.isna().to_numpy()
        if errors == "raise" and refused.any():
            _raise_first_refused(lambda one: _kalends.parse(texts[one], calendar, locale, pattern, lenient=lenient,
                                                            strict=True, **how), refused, self._series.index,
                                 "the Series")
        return _to_datetime64(jdn, valid, self._series.index, errors, "the Series").rename(self._series.name)


@pandas.api.extensions.register_dataframe_accessor("kal")
class DataFrameAccessor:
    """`frame.kal`: dates given as year, month and day columns of a calendar."""

    def __init__(self, frame):
        self._frame = frame

    def from_parts(self, calendar, year="year", month="month", day="day", *, errors="raise"):
        """The dates whose year, ordinal month and day in `calendar` are in those columns, as datetime64[ns].

        A missing part (NaN, <NA>) gives NaT. errors='raise' raises kalends.Error for the first row that is
        no date in the calendar, or OutOfBoundsDatetime for a day pandas cannot hold; 'coerce' gives NaT.
        """
        _check_errors(errors)
        columns = []
        for role, column in (("year", year), ("month", month), ("day", day)):
            if column not in self._frame.columns:
                raise KeyError(f"the {role} column {column!r} is not in the DataFrame "
                               f"(columns: {', '.join(map(repr, self._frame.columns))})")
            columns.append(_integers(self._frame[column], f"the {role} column {column!r}"))
        (y, y_missing), (m, m_missing), (d, d_missing) = columns
        missing = y_missing | m_missing | d_missing
        jdn, valid = _kalends.to_jdn(y, m, d, calendar)
        refused = ~valid & ~missing
        index = self._frame.index
        if errors == "raise" and refused.any():
            _raise_first_refused(lambda one: _kalends.to_jdn(y[one], m[one], d[one], calendar, strict=True),
                                 refused, index, "the DataFrame")
        return _to_datetime64(jdn, valid & ~missing, index, errors, "the DataFrame")
