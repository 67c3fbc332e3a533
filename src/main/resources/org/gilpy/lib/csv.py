"""Reading, writing and format-guessing for CSV files (the docstring is
replaced by _csv's below)."""

# The parser and writer live in _csv; this module adds the dialect classes,
# the dictionary reader and writer and the format-guessing Sniffer.

import re
from _csv import Error, __version__, writer, reader, register_dialect, \
                 unregister_dialect, get_dialect, list_dialects, \
                 field_size_limit, \
                 QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, \
                 __doc__
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Base class of named CSV formats: a subclass sets delimiter,
    quotechar, escapechar, doublequote, skipinitialspace, lineterminator
    and quoting as class attributes (see excel)."""
    _name = ""
    _valid = False
    # unset until a subclass fills them in
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # the C-level checks report TypeError; here it is a csv.Error
            raise Error(str(e))


class excel(Dialect):
    """The comma-separated format Excel reads and writes."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Comma-separated, every field quoted, lines ended by '\\n'."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # None: read from the first row
        self.restkey = restkey          # gets the extra cells of a long row
        self.restval = restval          # fills the missing cells of a short row
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # reading the header row first keeps line_num honest
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # blank lines give empty rows; skip them
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # the columns, in output order
        self.restval = restval          # written for keys a dict lacks
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Sniffer heuristics.  Quoted fields give the strongest evidence: the
# character right before an opening quote or right after a closing quote is
# the delimiter.  Without quotes, the delimiter is the character whose count
# per line is the same on (nearly) every line.

_QUOTED_PATTERNS = [
    # ,"text",   delimiter on both sides
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # "text",    at the start of a line
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # ,"text"    at the end of a line
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # "text"     alone on a line: a quote character but no delimiter
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
]


def _most_common(counts):
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


class Sniffer:
    """Guesses a sample's CSV format (delimiter, quote character, ...)
    and whether its first row is a header."""
    def __init__(self):
        # the tie-break when several characters qualify as delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample; csv.Error when no
        delimiter stands out."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Guess quotechar, doublequote, delimiter and skipinitialspace
        from quoted fields; delimiter is '' when the quotes do not tell."""
        matches = []
        groups = None
        for pattern in _QUOTED_PATTERNS:
            rx = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = list(rx.finditer(data))
            if matches:
                groups = rx.groupindex
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' in groups:
                d = m.group('delim')
                if d and (delimiters is None or d in delimiters):
                    delims[d] = delims.get(d, 0) + 1
                if m.group('space'):
                    spaces += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # a field holding two quote characters between delimiters means
        # quotes inside fields are doubled
        d = re.escape(delim)
        q = re.escape(quotechar)
        doubled = re.compile(
            r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
            % (d, q, d, q, d, q, d), re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Guess the delimiter from how often each ASCII character occurs
        per line: the delimiter's count is the same on (almost) every line.
        The lines are examined ten at a time; the first chunk that singles
        out one candidate decides."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        histograms = {}     # char -> {count on a line: number of lines}
        candidates = {}
        seen = 0
        rounds = 0
        while seen < len(lines):
            rounds += 1
            for line in lines[seen:seen + chunk]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            seen += chunk
            modes = {}
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                top = max(pairs, key=lambda p: p[1])
                rest = sum(p[1] for p in pairs) - top[1]
                modes[ch] = (top[0], top[1] - rest)
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and \
                            lines_with / total >= consistency and \
                            (delimiters is None or ch in delimiters):
                        candidates[ch] = (count, lines_with)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return (delim, self._skips(lines[0], delim))
        if not candidates:
            return ('', 0)
        if len(candidates) > 1:
            for delim in self.preferred:
                if delim in candidates:
                    return (delim, self._skips(lines[0], delim))
        delim = max((v, k) for k, v in candidates.items())[1]
        return (delim, self._skips(lines[0], delim))

    @staticmethod
    def _skips(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Guess whether the first row is a header: a column whose values
        all parse as numbers, or all have one length, votes for a header
        when the first row's cell does not fit that pattern."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))   # column -> complex or a length
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
