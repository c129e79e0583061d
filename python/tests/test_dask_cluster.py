"""A Dask cluster of two worker processes converts every day 1900-2100 to
what one process with pandas gives, and a calendar written in Python reaches
the workers through the worker plugin."""
import calendar
import datetime
import sys

import cloudpickle
import dask.dataframe
import pandas
import pytest
from distributed import Client, LocalCluster

import kalends
import kalends.dask

EVERY_DAY = pandas.Series(pandas.date_range("1900-01-01", "2100-12-31", freq="D"), name="day")
CALENDARS = ["persian", "hebrew", "islamic-umalqura", "chinese", "ethiopic"]


class ProlepticGregorianInPython(kalends.CalendarBackend):
    """Gregorian through datetime.date: an independent calendar for the workers to learn."""

    EPOCH = 1_721_425  # JDN of 31 December 1 BCE, the day before datetime's ordinal 1

    def minimum_year(self):
        return 1

    def maximum_year(self):
        return 9999

    def months_in_year(self, year):
        return 12

    def days_in_month(self, month, year):
        return calendar.monthrange(year, month)[1]

    def is_leap_year(self, year):
        return calendar.isleap(year)

    def minimum_days_in_month(self):
        return 28

    def date_to_jdn(self, year, month, day):
        return datetime.date(year, month, day).toordinal() + self.EPOCH

    def jdn_to_date(self, jdn):
        day = datetime.date.fromordinal(jdn - self.EPOCH)
        return day.year, day.month, day.day


@pytest.fixture(scope="module")
def client():
    # The workers are fresh processes: they import kalends from PYTHONPATH, as
    # a real cluster imports it from where it is installed on each machine.
    # preload imports it at start, so that a task's own `partition.kal` finds
    # the accessor (`dask-worker --preload kalends` on a real cluster).
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      preload=["kalends"]) as cluster:
        with Client(cluster) as dask_client:
            yield dask_client


@pytest.fixture(scope="module")
def days():
    return dask.dataframe.from_pandas(EVERY_DAY, npartitions=16)


def test_two_workers_are_running(client):
    assert len(client.scheduler_info()["workers"]) == 2


@pytest.mark.parametrize("calendar", CALENDARS)
def test_cluster_equals_pandas_on_every_day(client, days, calendar):
    expected = EVERY_DAY.kal.to(calendar)
    through_map_partitions = days.map_partitions(lambda part: part.kal.to(calendar)).compute()
    pandas.testing.assert_frame_equal(through_map_partitions, expected)
    pandas.testing.assert_frame_equal(days.kal.to(calendar).compute(), expected)


def test_round_trip_and_format_on_the_cluster(client, days):
    parts = days.kal.to("hebrew")
    back = parts.kal.from_parts("hebrew").compute()
    assert back.equals(EVERY_DAY.rename(None))
    texts = days.kal.format("hebrew", "he", "d MMMM y").compute()
    pandas.testing.assert_series_equal(texts, EVERY_DAY.kal.format("hebrew", "he", "d MMMM y"))
    pandas.testing.assert_series_equal(dask.dataframe.from_pandas(texts, npartitions=4)
                                       .kal.parse("hebrew", "he", "d MMMM y").compute(), EVERY_DAY)


def test_a_calendar_written_in_python_reaches_every_worker(client, days):
    # Classes of a test module are not importable on the workers: send this one by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    client.register_worker_plugin(kalends.dask.RegisterCalendar(ProlepticGregorianInPython(), ["gregorian-in-python"]))
    on_workers = client.run(lambda: "gregorian-in-python" in kalends.calendar_names())
    assert list(on_workers.values()) == [True, True]
    parts = days.kal.to("gregorian-in-python").compute()
    assert parts["year"].tolist() == EVERY_DAY.dt.year.tolist()
    assert parts["month"].tolist() == EVERY_DAY.dt.month.tolist()
    assert parts["day"].tolist() == EVERY_DAY.dt.day.tolist()


def test_a_bad_row_on_a_worker_raises_kalends_error_here(client):
    frame = dask.dataframe.from_pandas(pandas.DataFrame({"year": [1403, 1403], "month": [1, 13], "day": [1, 1]}),
                                       npartitions=1)
    with pytest.raises(kalends.Error, match="row 1: month 13 is out of range"):
        frame.kal.from_parts("persian").compute()
