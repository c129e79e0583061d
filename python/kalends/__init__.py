"""kalends: dates in the world's calendar systems, one at a time or as NumPy arrays.

The C++ library's calendars (kalends.Calendar), dates with Temporal's
arithmetic (kalends.Date, kalends.Duration), and vectorized conversions over
NumPy arrays with the GIL released (from_jdn, to_jdn, format, parse).
"""
from ._kalends import (  # noqa: F401
    JDN_OF_UNIX_EPOCH, Calendar, CalendarSystem, Date, Duration, Error, __version__, calendar_names, calendars,
    cldr_version, format, from_jdn, locales, parse, to_jdn, unregister_calendar,
)
from . import _kalends
import copyreg as _copyreg


# Pickling, by name and value, at every protocol (pybind11's own state
# pickling cannot rebuild its objects at protocols 0 and 1).
def _date_from_jdn(jdn, calendar):
    return Date.from_jdn(jdn, calendar)


def _duration_from_text(text):
    return Duration.parse(text)


_copyreg.pickle(Calendar, lambda calendar: (Calendar, (calendar.name,)))
_copyreg.pickle(Date, lambda date: (_date_from_jdn, (date.jdn, date.calendar.name)))
_copyreg.pickle(Duration, lambda duration: (_duration_from_text, (str(duration),)))

try:  # the .kal accessor, wherever pandas is installed
    from . import _pandas  # noqa: F401
except ImportError:
    pass


class CalendarBackend:
    """The rules of a calendar written in Python, for register_calendar.

    Override minimum_year, maximum_year, months_in_year, days_in_month,
    is_leap_year, date_to_jdn and jdn_to_date; the rest have defaults. Every
    method is called with valid arguments only (kalends checks them first).
    """

    def minimum_year(self) -> int:
        raise NotImplementedError("a CalendarBackend defines minimum_year()")

    def maximum_year(self) -> int:
        raise NotImplementedError("a CalendarBackend defines maximum_year()")

    def months_in_year(self, year: int) -> int:
        raise NotImplementedError("a CalendarBackend defines months_in_year(year)")

    def days_in_month(self, month: int, year: int) -> int:
        raise NotImplementedError("a CalendarBackend defines days_in_month(month, year)")

    def is_leap_year(self, year: int) -> bool:
        raise NotImplementedError("a CalendarBackend defines is_leap_year(year)")

    def date_to_jdn(self, year: int, month: int, day: int) -> int:
        raise NotImplementedError("a CalendarBackend defines date_to_jdn(year, month, day)")

    def jdn_to_date(self, jdn: int) -> tuple:
        raise NotImplementedError("a CalendarBackend defines jdn_to_date(jdn)")

    def has_year_zero(self) -> bool:
        return False

    def kind(self) -> str:
        return "solar"

    def maximum_days_in_month(self) -> int:
        return 31

    def minimum_days_in_month(self) -> int:
        return 29

    def maximum_months_in_year(self) -> int:
        return 12

    def max_days_in_month_of(self, month: int) -> int:
        return self.maximum_days_in_month()


def register_calendar(backend: CalendarBackend, names) -> Calendar:
    """Registers a calendar written in Python under `names` (the first is its primary name)."""
    if isinstance(names, str):
        names = [names]
    return _kalends._register_calendar(backend, list(names))


def to_datetime64(year, month, day, calendar, *, strict=False):
    """Like to_jdn, as datetime64[D] with NaT where the date does not exist."""
    import numpy
    jdn, valid = to_jdn(year, month, day, calendar, strict=strict)
    days = (jdn - JDN_OF_UNIX_EPOCH).astype("datetime64[D]")
    days[~valid] = numpy.datetime64("NaT")
    return days
