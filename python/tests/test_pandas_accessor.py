"""The .kal accessor keeps a column's index, name and gaps, gives the days an
independent reference gives (datetime, convertdate), and refuses bad columns
and bad rows with a clear error."""
import datetime

import convertdate.hebrew
import convertdate.persian
import numpy
import pandas
import pytest

import kalends

EVERY_DAY_1900_2100 = pandas.date_range("1900-01-01", "2100-12-31", freq="D")


def test_to_gregorian_matches_datetime_on_every_day_and_keeps_the_index():
    s = pandas.Series(EVERY_DAY_1900_2100, index=numpy.arange(len(EVERY_DAY_1900_2100)) * 3)
    parts = s.kal.to("gregorian")
    assert list(parts.columns) == ["year", "month", "day", "month_code"]
    assert parts.index.equals(s.index)
    assert [str(t) for t in parts.dtypes] == ["Int32", "Int32", "Int32", "string"]
    numpy.testing.assert_array_equal(parts["year"].to_numpy(), s.dt.year.to_numpy())
    numpy.testing.assert_array_equal(parts["month"].to_numpy(), s.dt.month.to_numpy())
    numpy.testing.assert_array_equal(parts["day"].to_numpy(), s.dt.day.to_numpy())
    assert (parts["month_code"] == s.dt.month.map("M{:02d}".format)).all()


def test_to_hebrew_matches_convertdate_with_month_codes_of_leap_years():
    days = pandas.Series(pandas.date_range("2023-09-01", "2024-10-31", freq="D"))
    parts = days.kal.to("hebrew")
    for when, row in zip(days, parts.itertuples()):
        expected = convertdate.hebrew.from_gregorian(when.year, when.month, when.day)
        # convertdate counts months from Nisan (1) and puts Adar II at 13; kalends
        # counts ordinal months from Tishri, so compare through the month codes.
        year, nisan_month, day = expected
        assert (row.year, row.day) == (year, day)
        leap = convertdate.hebrew.leap(year)
        tishri_month = nisan_month - 6 if nisan_month >= 7 else nisan_month + (7 if leap else 6)
        assert row.month == tishri_month
    # 5784 is a leap year: Adar I is M05L, Adar II is M06.
    assert parts.loc[days == "2024-02-20", "month_code"].item() == "M05L"
    assert parts.loc[days == "2024-03-20", "month_code"].item() == "M06"


def test_nat_becomes_na_and_everything_else_stays():
    s = pandas.Series(pandas.to_datetime(["2024-03-20", None, "1900-01-01"]), index=["a", "b", "c"], name="when")
    parts = s.kal.to("persian")
    assert parts.index.tolist() == ["a", "b", "c"]
    assert parts.loc["a"].tolist() == [1403, 1, 1, "M01"]
    assert parts.loc["b"].isna().all()
    assert parts.loc["c", "year"] == convertdate.persian.from_gregorian(1900, 1, 1)[0]


def test_time_zone_aware_timestamps_give_the_local_day():
    # 20:30 UTC on 19 March 2024 is already 20 March (1 Farvardin 1403) in Tehran.
    utc = pandas.Series(pandas.to_datetime(["2024-03-19 20:30"]).tz_localize("UTC"))
    assert utc.kal.to("persian").loc[0, "day"] == 29
    assert utc.dt.tz_convert("Asia/Tehran").kal.to("persian").loc[0].tolist() == [1403, 1, 1, "M01"]


def test_integer_columns_are_julian_day_numbers_and_na_is_a_gap():
    jdn = pandas.Series([2460390, None], dtype="Int64")
    parts = jdn.kal.to("persian")
    assert parts.loc[0].tolist() == [1403, 1, 1, "M01"]
    assert parts.loc[1].isna().all()


def test_from_parts_round_trips_every_day_through_persian():
    s = pandas.Series(EVERY_DAY_1900_2100)
    frame = s.kal.to("persian")
    back = frame.kal.from_parts("persian", "year", "month", "day")
    assert back.dtype == "datetime64[ns]"
    assert back.equals(s)


def test_from_parts_reads_float_columns_with_nan_as_gaps():
    frame = pandas.DataFrame({"y": [1403.0, numpy.nan, 1403.0], "m": [1, 1, 12], "d": [1, 1, 30]}, index=[10, 20, 30])
    days = frame.kal.from_parts("persian", "y", "m", "d")
    assert days.index.tolist() == [10, 20, 30]
    assert days[10] == pandas.Timestamp("2024-03-20")
    assert pandas.isna(days[20])
    # 1403 is a leap year of the astronomical Persian calendar: Esfand has 30 days.
    assert days[30] == pandas.Timestamp("2025-03-20")


def test_from_parts_raises_for_the_first_bad_row_naming_it():
    frame = pandas.DataFrame({"y": [1403, 1403, 1404], "m": [1, 13, 12], "d": [1, 1, 30]}, index=["a", "b", "c"])
    with pytest.raises(kalends.Error, match=r"row 'b': month 13 is out of range") as raised:
        frame.kal.from_parts("persian", "y", "m", "d")
    assert (raised.value.index, raised.value.code) == (1, "invalid_month")
    coerced = frame.kal.from_parts("persian", "y", "m", "d", errors="coerce")
    assert pandas.isna(coerced["b"]) and pandas.isna(coerced["c"])  # 1404 is common: Esfand has 29 days
    assert coerced["a"] == pandas.Timestamp("2024-03-20")


def test_from_parts_beyond_nanosecond_timestamps_raises_or_coerces():
    frame = pandas.DataFrame({"year": [2262, 2262, 1677, 1677], "month": [4, 4, 9, 9], "day": [11, 12, 21, 22]})
    with pytest.raises(pandas.errors.OutOfBoundsDatetime, match="row 1 "):
        frame.kal.from_parts("gregorian")
    days = frame.kal.from_parts("gregorian", errors="coerce")
    assert days.isna().tolist() == [False, True, True, False]
    assert days[0] == pandas.Timestamp("2262-04-11") and days[3] == pandas.Timestamp("1677-09-22")


@pytest.mark.parametrize("column, message", [
    (["x", "y", "z"], "must hold integers, not object"),
    ([1.5, 2.0, 3.0], "whole numbers"),
    ([numpy.inf, 2.0, 3.0], "whole numbers"),
    ([True, False, True], "must hold integers, not bool"),
    ([1e30, 2.0, 3.0], "beyond int64"),
])
def test_from_parts_refuses_columns_that_hold_no_integers(column, message):
    frame = pandas.DataFrame({"year": column, "month": [1, 1, 1], "day": [1, 1, 1]})
    with pytest.raises((TypeError, ValueError), match=message):
        frame.kal.from_parts("gregorian")


def test_from_parts_names_a_missing_column_and_a_bad_errors_value():
    frame = pandas.DataFrame({"year": [2024], "month": [1], "day": [1]})
    with pytest.raises(KeyError, match="the day column 'dd' is not in the DataFrame"):
        frame.kal.from_parts("gregorian", day="dd")
    with pytest.raises(ValueError, match="errors='ignore' is not one of 'raise', 'coerce'"):
        frame.kal.from_parts("gregorian", errors="ignore")
    with pytest.raises(kalends.Error, match="calendar"):
        frame.kal.from_parts("no-such-calendar")


def test_to_refuses_series_that_hold_no_dates():
    with pytest.raises(TypeError, match="pandas.to_datetime"):
        pandas.Series(["2024-01-01"]).kal.to("persian")
    with pytest.raises(TypeError, match="pandas.to_datetime"):
        pandas.Series([datetime.date(2024, 1, 1)]).kal.to("persian")


def test_format_writes_the_locale_and_keeps_gaps():
    s = pandas.Series(pandas.to_datetime(["2024-03-20", None]), index=[5, 6], name="d")
    texts = s.kal.format("persian", "fa", "d MMMM y")
    assert texts.dtype == "string" and texts.name == "d" and texts.index.tolist() == [5, 6]
    assert texts[5] == "۱ فروردین ۱۴۰۳"
    assert pandas.isna(texts[6])
    assert s.kal.format("gregorian", strftime="%Y-%m-%d")[5] == "2024-03-20"


def test_parse_reads_text_and_gaps_and_names_the_first_bad_row():
    texts = pandas.Series(["1 فروردین 1403", None, "۱۰ دی ۱۴۰۲"], name="t")
    days = texts.kal.parse("persian", "fa", "d MMMM y")
    assert days.name == "t"
    assert days[0] == pandas.Timestamp("2024-03-20") and pandas.isna(days[1])
    assert days[2] == pandas.Timestamp("2023-12-31")
    bad = pandas.Series(["1 فروردین 1403", "32 فروردین 1403"])
    with pytest.raises(kalends.Error, match="row 1: "):
        bad.kal.parse("persian", "fa", "d MMMM y")
    assert bad.kal.parse("persian", "fa", "d MMMM y", errors="coerce").isna().tolist() == [False, True]
    with pytest.raises(TypeError, match="reads text"):
        pandas.Series([1, 2]).kal.parse("persian")
