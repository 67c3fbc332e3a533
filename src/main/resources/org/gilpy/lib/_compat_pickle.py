"""Name mappings between Python 2 and Python 3 for pickle's fix_imports.

IMPORT_MAPPING and NAME_MAPPING turn the module and (module, name) pairs of a
Python 2 pickle into their Python 3 homes; the REVERSE_ tables go the other way
when protocols 0-2 are written for Python 2 readers.
"""

IMPORT_MAPPING = {
    "__builtin__": "builtins",
    "copy_reg": "copyreg",
    "Queue": "queue",
    "SocketServer": "socketserver",
    "ConfigParser": "configparser",
    "repr": "reprlib",
    "tkFileDialog": "tkinter.filedialog",
    "tkSimpleDialog": "tkinter.simpledialog",
    "tkColorChooser": "tkinter.colorchooser",
    "tkCommonDialog": "tkinter.commondialog",
    "Dialog": "tkinter.dialog",
    "Tkdnd": "tkinter.dnd",
    "tkFont": "tkinter.font",
    "tkMessageBox": "tkinter.messagebox",
    "ScrolledText": "tkinter.scrolledtext",
    "Tkconstants": "tkinter.constants",
    "Tix": "tkinter.tix",
    "ttk": "tkinter.ttk",
    "Tkinter": "tkinter",
    "markupbase": "_markupbase",
    "_winreg": "winreg",
    "thread": "_thread",
    "dummy_thread": "_dummy_thread",
    "dbhash": "dbm.bsd",
    "dumbdbm": "dbm.dumb",
    "dbm": "dbm.ndbm",
    "gdbm": "dbm.gnu",
    "xmlrpclib": "xmlrpc.client",
    "SimpleXMLRPCServer": "xmlrpc.server",
    "httplib": "http.client",
    "htmlentitydefs": "html.entities",
    "HTMLParser": "html.parser",
    "Cookie": "http.cookies",
    "cookielib": "http.cookiejar",
    "BaseHTTPServer": "http.server",
    "test.test_support": "test.support",
    "commands": "subprocess",
    "urlparse": "urllib.parse",
    "robotparser": "urllib.robotparser",
    "urllib2": "urllib.request",
    "anydbm": "dbm",
    "_abcoll": "collections.abc",
    # Python 2 modules whose contents moved into a module that has other names too
    "cPickle": "pickle",
    "_elementtree": "xml.etree.ElementTree",
    "FileDialog": "tkinter.filedialog",
    "SimpleDialog": "tkinter.simpledialog",
    "DocXMLRPCServer": "xmlrpc.server",
    "SimpleHTTPServer": "http.server",
    "CGIHTTPServer": "http.server",
    "UserDict": "collections",
    "UserList": "collections",
    "UserString": "collections",
    "whichdb": "dbm",
    "StringIO": "io",
    "cStringIO": "io",
}

# the first table, Python 3 -> Python 2, for the modules that are a plain rename
REVERSE_IMPORT_MAPPING = {}
for _py2, _py3 in IMPORT_MAPPING.items():
    if _py2 in ("cPickle", "_elementtree", "FileDialog", "SimpleDialog", "DocXMLRPCServer",
                "SimpleHTTPServer", "CGIHTTPServer", "UserDict", "UserList", "UserString",
                "whichdb", "StringIO", "cStringIO"):
        continue
    REVERSE_IMPORT_MAPPING[_py3] = _py2

NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("whichdb", "whichdb"): ("dbm", "whichdb"),
    ("_socket", "fromfd"): ("socket", "fromfd"),
    ("_multiprocessing", "Connection"): ("multiprocessing.connection", "Connection"),
    ("multiprocessing.process", "Process"): ("multiprocessing.context", "Process"),
    ("multiprocessing.forking", "Popen"): ("multiprocessing.popen_fork", "Popen"),
    ("urllib", "ContentTooShortError"): ("urllib.error", "ContentTooShortError"),
    ("urllib", "getproxies"): ("urllib.request", "getproxies"),
    ("urllib", "pathname2url"): ("urllib.request", "pathname2url"),
    ("urllib", "quote_plus"): ("urllib.parse", "quote_plus"),
    ("urllib", "quote"): ("urllib.parse", "quote"),
    ("urllib", "unquote_plus"): ("urllib.parse", "unquote_plus"),
    ("urllib", "unquote"): ("urllib.parse", "unquote"),
    ("urllib", "url2pathname"): ("urllib.request", "url2pathname"),
    ("urllib", "urlcleanup"): ("urllib.request", "urlcleanup"),
    ("urllib", "urlencode"): ("urllib.parse", "urlencode"),
    ("urllib", "urlopen"): ("urllib.request", "urlopen"),
    ("urllib", "urlretrieve"): ("urllib.request", "urlretrieve"),
    ("urllib2", "HTTPError"): ("urllib.error", "HTTPError"),
    ("urllib2", "URLError"): ("urllib.error", "URLError"),
}

# Python 2's exceptions module held what builtins holds now
_PY2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError",
    "BytesWarning", "DeprecationWarning", "EOFError", "EnvironmentError", "Exception",
    "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError",
    "ImportWarning", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError",
    "RuntimeWarning", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
    "SystemExit", "TabError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
    "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)

for _name in _PY2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

REVERSE_NAME_MAPPING = {py3: py2 for py2, py3 in NAME_MAPPING.items()}

# Python 2 names that have no single Python 3 counterpart to reverse to
NAME_MAPPING[("exceptions", "StandardError")] = ("builtins", "Exception")
NAME_MAPPING[("exceptions", "WindowsError")] = ("builtins", "OSError")
NAME_MAPPING[("__builtin__", "basestring")] = ("builtins", "str")
NAME_MAPPING[("UserDict", "UserDict")] = ("collections", "UserDict")
NAME_MAPPING[("socket", "_socketobject")] = ("socket", "SocketType")
REVERSE_NAME_MAPPING[("builtins", "OSError")] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "EnvironmentError")] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "IOError")] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("socket", "SocketType")] = ("socket", "_socketobject")
REVERSE_NAME_MAPPING[("_socket", "socket")] = ("socket", "_socketobject")
REVERSE_NAME_MAPPING[("builtins", "open")] = ("io", "open")

# Python 3 exceptions that Python 2 readers know only by their base class
PYTHON3_OSERROR_EXCEPTIONS = (
    "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
    "PermissionError", "ProcessLookupError", "TimeoutError",
)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")

PYTHON3_IMPORTERROR_EXCEPTIONS = ("ModuleNotFoundError",)
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "ImportError")

del _py2, _py3, _name
