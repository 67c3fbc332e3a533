# The docs' examples and equivalences for contextlib behave as documented.
import io
import sys
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext

# suppress is roughly equivalent to try/except/pass
def with_suppress():
    with suppress(FileNotFoundError):
        raise FileNotFoundError("somefile.tmp")
    return "continued"
def with_try():
    try:
        raise FileNotFoundError("somefile.tmp")
    except FileNotFoundError:
        pass
    return "continued"
print(with_suppress() == with_try())

# closing is roughly equivalent to try/finally: thing.close()
log = []
class Thing:
    def close(self):
        log.append("closed")
with closing(Thing()):
    log.append("body")
print(log)

# the docs' ExitStack examples
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)
        return False

with ExitStack() as stack:
    files = [stack.enter_context(Res(f)) for f in ["a.txt", "b.txt"]]
    print([f.name for f in files])

# "cleaning up in an __enter__ implementation"
class ResourceManager:
    def __init__(self, acquire_resource, release_resource, check_resource_ok=None):
        self.acquire_resource = acquire_resource
        self.release_resource = release_resource
        if check_resource_ok is None:
            def check_resource_ok(resource):
                return True
        self.check_resource_ok = check_resource_ok

    @contextmanager
    def _cleanup_on_error(self):
        with ExitStack() as stack:
            stack.push(self)
            yield
            # the validation check passed and didn't raise an exception,
            # so keep the resource, bypassing the callback
            stack.pop_all()

    def __enter__(self):
        resource = self.acquire_resource()
        with self._cleanup_on_error():
            if not self.check_resource_ok(resource):
                msg = "Failed validation for {!r}"
                raise RuntimeError(msg.format(resource))
        return resource

    def __exit__(self, *exc_details):
        self.release_resource()

with ResourceManager(lambda: "res", lambda: print("released")) as r:
    print("got", r)
try:
    with ResourceManager(lambda: "bad", lambda: print("released bad"), lambda r: False):
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)

# "replacing any use of try-finally and flag variables"
result = []
def cleanup_resources():
    result.append("cleanup")
with ExitStack() as stack:
    stack.callback(cleanup_resources)
    result.append("ok")
    stack.pop_all()
print(result)

# "using a context manager as a function decorator"
@contextmanager
def track_entry_and_exit(name):
    print("Entering", name)
    yield
    print("Exiting", name)

@track_entry_and_exit("widget loader")
def activity():
    print("Some time consuming activity goes here")
activity()
activity()

# redirect_stdout captures help()-style output
f = io.StringIO()
with redirect_stdout(f):
    print("captured line")
print(f.getvalue().strip())

# nullcontext as a stand-in
def process_file(file_or_path):
    if isinstance(file_or_path, str):
        cm = closing(Thing())
    else:
        cm = nullcontext(file_or_path)
    with cm as file:
        return type(file).__name__
print(process_file("path"), process_file(io.StringIO()))
