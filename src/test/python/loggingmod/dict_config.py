# logging.config.dictConfig: formatters (styles, custom factories), filters, handlers (ext://,
# cfg://, MemoryHandler targets, "." properties), loggers, root, disable_existing_loggers,
# incremental configuration and the error messages.
import logging
import logging.config
import sys


class Upper(logging.Filter):
    def __init__(self, word):
        super().__init__()
        self.word = word

    def filter(self, record):
        record.msg = "%s %s" % (self.word, record.msg)
        return True


def make_formatter(fmt):
    return logging.Formatter("custom|" + fmt)


old = logging.getLogger("old")
old_child = logging.getLogger("app.sub")
settings = {"prefix": ">>"}
config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "brace": {"format": "{levelname}|{message}", "style": "{"},
        "made": {"()": make_formatter, "fmt": "%(message)s"},
        "made_by_name": {"()": "__main__.make_formatter", "format": "%(name)s"},
    },
    "filters": {
        "app_only": {"name": "app"},
        "tag": {"()": Upper, "word": "[tagged]"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout",
                    "level": "DEBUG", "filters": ["app_only"]},
        "braces": {"class": "logging.StreamHandler", "formatter": "brace", "stream": "ext://sys.stdout",
                   ".": {"terminator": " <\n"}},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "console",
                   "flushLevel": 40},
        "made": {"()": logging.StreamHandler, "stream": sys.stdout, "formatter": "made"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console"], "propagate": False},
        "app.tagged": {"handlers": ["braces"], "filters": ["tag"]},
        "buffered": {"handlers": ["buffer"], "level": "INFO", "propagate": False},
        "made": {"handlers": ["made"], "propagate": False, "level": "INFO"},
    },
    "root": {"level": "WARNING", "handlers": ["braces"]},
    "settings": settings,
}
logging.config.dictConfig(config)
logging.getLogger("app").debug("debug from app")
logging.getLogger("app.x").info("info from a child")
logging.getLogger("app.tagged").warning("tagged")
logging.getLogger("other").warning("to root")
old.warning("old logger disabled")
print(old.disabled, old_child.disabled, old_child.level, old_child.handlers, old_child.propagate)
logging.getLogger("buffered").info("buffered 1")
print("buffer holds one record")
logging.getLogger("buffered").info("buffered 2")
logging.getLogger("made").info("made by a factory")
print(sorted(logging._handlers), logging.getLogger("app").handlers[0].name)
print(type(logging.getLogger("buffered").handlers[0].target).__name__)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "INFO"}}})
logging.getLogger("app").warning("below the console handler's new level")
logging.getLogger("app").error("error shown")
print(logging.getLogger("app").level)

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                         "formatter": "f"}},
    "formatters": {"f": {"format": "%(name)s: %(message)s", "class": "logging.Formatter",
                         "datefmt": "%H"}},
    "root": {"handlers": ["out"], "level": "INFO"},
    "values": {"names": ["first", "second"], "nested": {"key": "value"}},
})
logging.getLogger("old").info("old logger enabled again? no: still disabled")
logging.getLogger("fresh").info("a fresh logger")
print(logging.getLogger("old").disabled)

conf = logging.config.DictConfigurator({"version": 1, "a": {"b": [10, {"c": "deep"}]}, "ref": "cfg://a.b[1].c"})
print(conf.cfg_convert("a.b[0]"), conf.cfg_convert("a.b[1].c"), conf.config["ref"], conf.convert("ext://sys.maxsize") == sys.maxsize)
print(conf.convert("plain://x"), conf.resolve("logging.handlers.MemoryHandler").__name__)
print(logging.config.valid_ident("ok_name"))

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "formatters": {"f": {"format": "no fields"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "root": {"filters": ["missing"]}},
    {"version": 1, "incremental": True, "handlers": {"nope": {"level": "INFO"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad key": 1}}},
]
for bad in bad_configs:
    try:
        logging.config.dictConfig(bad)
        print("accepted", bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", repr(e.__cause__))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print(e)
