# sys.displayhook / sys.excepthook and their __originals__; builtins._
import builtins
import io
import sys

print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
old = sys.stderr
sys.stderr = io.StringIO()
try:
    raise ValueError('hook')
except ValueError:
    sys.excepthook(*sys.exc_info())
v = sys.stderr.getvalue()
sys.stderr = old
print(v.splitlines()[0], '|', v.splitlines()[-1])
exec(compile('1 + 1', '<x>', 'single'))
exec(compile('None', '<x>', 'single'))
print(builtins._)
