# time.strptime: directives, defaults, week and ISO dates, and the errors of _strptime
import time

cases = [
    ("2000", "%Y"), ("Thu Jan  1 00:00:00 1970", None), ("Sat Feb 29 12:30:45 2020", "%c"),
    ("12/31/99", "%x"), ("23:59:60", "%X"), ("69", "%y"), ("68", "%y"), (" 7", "%d"),
    ("march 5", "%B %d"), ("MAR 5 1999", "%b %d %Y"), ("feb 29", "%b %d"), ("12 AM", "%I %p"),
    ("12 pm", "%I %p"), ("1 PM", "%I %p"), ("11", "%I"), ("2024 366", "%Y %j"), ("2023 001", "%Y %j"),
    ("1 2 2000", "%U %w %Y"), ("0 0 2000", "%U %w %Y"), ("0 0 2000", "%W %w %Y"), ("53 6 2021", "%W %w %Y"),
    ("Monday 10 2024", "%A %W %Y"), ("2020-W53-5", "%G-W%V-%u"), ("2021 1 Mon", "%G %V %a"),
    ("2019 1 7", "%G %V %u"), ("+0130", "%z"), ("-05:30", "%z"), ("Z", "%z"), ("+01:02:03", "%z"),
    ("UTC", "%Z"), ("gmt", "%Z"), ("123456", "%f"), ("5 %", "%d %%"), ("a.b*c", "a.b*c"),
    ("1999-12-31T23:59:59", "%Y-%m-%dT%H:%M:%S"), ("20240102", "%Y%m%d"), ("2024 \t\n 7", "%Y %m"),
    ("wednesday", "%A"), ("wed", "%a"), ("Sep", "%b"), ("september", "%B"), ("7", "%u"), ("0", "%w"),
]
for data, fmt in cases:
    r = time.strptime(data) if fmt is None else time.strptime(data, fmt)
    print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)

bad = [("x", "%Y"), ("2000x", "%Y"), ("2000 ", "%Y"), (5, "%Y"), ("5", 5), ("2000 %", "%Y %"),
       ("2000", "%Y %Q"), ("2023 02 30", "%Y %m %d"), ("2021 1", "%G %V"), ("1 Mon", "%V %a"),
       ("2021 1 Mon", "%Y %V %a"), ("2021 5 1", "%G %j %u"), ("13", "%m"), ("+01:0203", "%z"),
       ("0000", "%Y"), ("24:00", "%H:%M"), ("", "%Y"), ("abc", ""), ("", "")]
for data, fmt in bad:
    try:
        print(tuple(time.strptime(data, fmt)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
