"""kalends on Dask: the `.kal` accessor on dask.dataframe Series and
DataFrames, and a worker plugin that registers a calendar written in Python
on every worker of a cluster.

Importing this module registers the accessor (dask is not imported by
`import kalends`, which stays quick). Each partition is a pandas object
converted by the pandas accessor in the worker's process, so a cluster needs
kalends installed on every worker, as any library its tasks call.
"""
import dask.dataframe
import pandas
from distributed.diagnostics.plugin import WorkerPlugin

from . import _pandas  # noqa: F401  (registers the pandas accessor the partitions use)
from . import register_calendar, unregister_calendar

# The columns kal.to makes, from the pandas accessor itself.
_PARTS_META = pandas.Series([], dtype="datetime64[ns]").kal.to("gregorian")


def _parts(partition, calendar):
    return partition.kal.to(calendar)


def _format(partition, calendar, locale, pattern, how):
    return partition.kal.format(calendar, locale, pattern, **how)


def _parse(partition, calendar, locale, pattern, lenient, errors, how):
    return partition.kal.parse(calendar, locale, pattern, lenient=lenient, errors=errors, **how)


def _from_parts(partition, calendar, year, month, day, errors):
    return partition.kal.from_parts(calendar, year, month, day, errors=errors)


@dask.dataframe.extensions.register_series_accessor("kal")
class SeriesAccessor:
    """`series.kal` on a dask Series: the pandas accessor, one partition at a time."""

    def __init__(self, series):
        self._series = series

    def to(self, calendar):
        """See pandas' `series.kal.to`: a dask DataFrame year/month/day/month_code."""
        return self._series.map_partitions(_parts, calendar, meta=_PARTS_META)

    def format(self, calendar, locale="en", pattern=None, **how):
        """See pandas' `series.kal.format`: a dask Series of strings."""
        meta = pandas.Series([], dtype="string", name=self._series.name)
        return self._series.map_partitions(_format, calendar, locale, pattern, how, meta=meta)

    def parse(self, calendar, locale="en", pattern=None, *, lenient=False, errors="raise", **how):
        """See pandas' `series.kal.parse`: a dask Series of datetime64[ns]."""
        meta = pandas.Series([], dtype="datetime64[ns]", name=self._series.name)
        return self._series.map_partitions(_parse, calendar, locale, pattern, lenient, errors, how, meta=meta)


@dask.dataframe.extensions.register_dataframe_accessor("kal")
class DataFrameAccessor:
    """`frame.kal` on a dask DataFrame: the pandas accessor, one partition at a time."""

    def __init__(self, frame):
        self._frame = frame

    def from_parts(self, calendar, year="year", month="month", day="day", *, errors="raise"):
        """See pandas' `frame.kal.from_parts`: a dask Series of datetime64[ns]."""
        meta = pandas.Series([], dtype="datetime64[ns]")
        return self._frame.map_partitions(_from_parts, calendar, year, month, day, errors, meta=meta)


class RegisterCalendar(WorkerPlugin):
    """Registers a calendar written in Python on every worker, present and future.

    `client.register_worker_plugin(RegisterCalendar(MyCalendar(), ["my-calendar"]))`
    pickles the backend to each worker (cloudpickle: the class must be importable
    there, or defined in __main__ or a module passed to
    cloudpickle.register_pickle_by_value) and registers it under `names`; the
    calendar is unregistered when the worker closes or the plugin is replaced.
    """

    def __init__(self, backend, names):
        self.backend = backend
        self.names = [names] if isinstance(names, str) else list(names)
        if not self.names:
            raise ValueError("RegisterCalendar needs at least one name for the calendar")
        self.name = f"kalends-calendar-{self.names[0]}"

    def setup(self, worker):
        # A name already taken on the worker fails here, loudly, as it would locally.
        self._calendar = register_calendar(self.backend, self.names)

    def teardown(self, worker):
        calendar = getattr(self, "_calendar", None)
        if calendar is not None:
            unregister_calendar(calendar)
            self._calendar = None
