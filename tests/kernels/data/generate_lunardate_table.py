"""Chinese month starts from Debian's python3-lunardate, for tests/kernels/chinese_test.cpp.

Prints one line per lunar month that begins between 1900-01-31 (lunardate's
first day) and 2099-12-31: the Gregorian date of its first day, the lunar
year (the related Gregorian year, as lunardate numbers it), the month number
and 1 for a leap month.

    /usr/bin/python3 tests/kernels/data/generate_lunardate_table.py > tests/kernels/data/chinese_lunardate.txt
"""
import datetime

from lunardate import LunarDate


def main():
    print("# Chinese month starts 1900-01-31 .. 2099-12-31 from python3-lunardate: gregorian year month leap")
    day = datetime.date(1900, 1, 31)
    last = datetime.date(2099, 12, 31)
    while day <= last:
        lunar = LunarDate.fromSolarDate(day.year, day.month, day.day)
        if lunar.day == 1:
            print(day.isoformat(), lunar.year, lunar.month, 1 if lunar.isLeapMonth else 0)
        day += datetime.timedelta(days=1)


if __name__ == "__main__":
    main()
