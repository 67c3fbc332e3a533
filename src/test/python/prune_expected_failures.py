#!/usr/bin/env python3
"""Removes from expected-failures.txt every program that the last GoldenTest run
reported as passing ("passes now"). Run after `./bin/mvn25 test -Dtest=GoldenTest`."""
import os
import re
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(HERE, "..", "..", "..", "target", "surefire-reports", "TEST-org.gilpy.GoldenTest.xml")
LIST = os.path.join(HERE, "expected-failures.txt")

passing = set()
for case in ET.parse(REPORT).getroot().iter("testcase"):
    failure = case.find("failure")
    if failure is not None and re.search(r" passes now: remove it", failure.get("message") or ""):
        passing.add(case.get("name"))
with open(LIST, encoding="utf-8") as f:
    lines = f.readlines()
kept = [l for l in lines if l.strip() not in passing]
with open(LIST, "w", encoding="utf-8") as f:
    f.writelines(kept)
print("removed %d programs, %d remain" % (len(lines) - len(kept),
                                           sum(1 for l in kept if l.strip() and not l.startswith("#"))))
