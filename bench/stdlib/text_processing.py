"""re/json text processing: build log lines and JSON documents, parse them back.

Generates pseudo-random web-server log lines (own LCG), extracts fields with a compiled
regular expression (named groups), aggregates per path and status, turns the result into
JSON (dumps with indent and sort_keys), parses it back (loads), rewrites lines with
re.sub (function replacement), splits with re.split and searches with finditer.
Checksum: counts and lengths of the intermediate results.
"""
import json
import re
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 12
LINES = 6000

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


PATHS = ["/", "/index.html", "/api/items", "/api/items/%d", "/static/app.js", "/login"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<day>\d\d)/Nov/2026:(?P<time>[\d:]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.1" (?P<status>\d{3}) (?P<size>\d+)')
NUMBER = re.compile(r'\b\d+\b')


def make_lines():
    out = []
    for _ in range(LINES):
        path = PATHS[rand(len(PATHS))]
        if "%d" in path:
            path = path % rand(500)
        out.append('10.%d.%d.%d - - [%02d/Nov/2026:%02d:%02d:%02d] "%s %s HTTP/1.1" %d %d' % (
            rand(256), rand(256), rand(256), 1 + rand(28), rand(24), rand(60), rand(60),
            METHODS[rand(len(METHODS))], path, [200, 200, 200, 304, 404, 500][rand(6)], rand(50000)))
    return out


checksum = []
for _ in range(ROUNDS):
    lines = make_lines()
    stats = {}
    for line in lines:
        m = LINE.match(line)
        path = re.sub(r'/\d+$', '/{id}', m.group("path"))
        entry = stats.setdefault(path, {"count": 0, "bytes": 0, "status": {}})
        entry["count"] += 1
        entry["bytes"] += int(m.group("size"))
        status = m.group("status")
        entry["status"][status] = entry["status"].get(status, 0) + 1
    doc = json.dumps({"stats": stats, "lines": lines[:500]}, indent=2, sort_keys=True)
    back = json.loads(doc)
    assert back["stats"] == stats
    masked = [NUMBER.sub(lambda m: "#" * len(m.group()), line) for line in lines[:2000]]
    words = sum(len(re.split(r'[\s/"\[\]:-]+', line)) for line in lines[:2000])
    found = sum(1 for line in lines for _ in re.finditer(r'" (4|5)\d\d ', line))
    compact = json.dumps([LINE.match(line).groupdict() for line in lines[:1500]])
    checksum.append((len(doc), len(stats), sum(map(len, masked)), words, found,
                     len(json.loads(compact)), len(compact)))
print(checksum[-1], sum(sum(c) for c in checksum))
