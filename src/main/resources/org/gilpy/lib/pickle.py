"""Serialize Python objects to bytes and back (the pickle protocol, versions 0 to 5).

gilpy's own pickle. Pickler writes what CPython 3.11's C pickler writes, byte for byte:
the same opcodes, memo indices, batches of 1000 items and 64 KiB frames (protocol 4
and up; a frame is committed when a save() starts with the frame full, and payloads of
64 KiB or more are written outside frames). Objects are taken apart through the
copyreg protocol: dispatch_table, reducer_override, __reduce_ex__ / __reduce__.
Unpickler reads every protocol, including Python 2 pickles (fix_imports, encoding).

Speed: this file is the description of the format; Java repeats two hot parts of it
(module _picklecore): the saving of the exact built-in types (modules/PickleDumper,
used from protocol 1 when no persistent_id is set) and the opcode loop of loads()
(modules/PickleLoader). Unpickler.load() on a file runs the Python loop below.
"""

import sys
from struct import pack, unpack
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle
from operator import index as _index

from _picklecore import PickleBuffer
from _picklecore import load as _load_opcodes
from _picklecore import save as _save_in_java

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)
_audit = getattr(sys, "audit", None)


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


# ---- opcodes (name, then what it does) --------------------------------------------

MARK = b'('             # push the mark
STOP = b'.'             # end: the top of the stack is the result
POP = b'0'              # discard the top of the stack
POP_MARK = b'1'         # discard the stack down to and including the top mark
DUP = b'2'              # push the top of the stack again
FLOAT = b'F'            # push float(line)
INT = b'I'              # push int(line); I01/I00 are True/False
BININT = b'J'           # push a 4-byte signed int
BININT1 = b'K'          # push a 1-byte unsigned int
LONG = b'L'             # push int(line), trailing L allowed
BININT2 = b'M'          # push a 2-byte unsigned int
NONE = b'N'             # push None
PERSID = b'P'           # push persistent_load(line)
BINPERSID = b'Q'        # push persistent_load(pop())
REDUCE = b'R'           # args = pop(); top = top(*args)
STRING = b'S'           # push a quoted, escaped string (Python 2 str)
BINSTRING = b'T'        # push a 4-byte-length string (Python 2 str)
SHORT_BINSTRING = b'U'  # push a 1-byte-length string (Python 2 str)
UNICODE = b'V'          # push a raw-unicode-escape line
BINUNICODE = b'X'       # push a 4-byte-length UTF-8 str
APPEND = b'a'           # x = pop(); top.append(x)
BUILD = b'b'            # state = pop(); top.__setstate__(state) or update __dict__
GLOBAL = b'c'           # push find_class(module line, name line)
DICT = b'd'             # replace mark and items above it by a dict
EMPTY_DICT = b'}'       # push {}
APPENDS = b'e'          # extend the list below the mark with the items above it
GET = b'g'              # push memo[int(line)]
BINGET = b'h'           # push memo[1-byte index]
INST = b'i'             # push cls(*items above mark), cls by module and name lines
LONG_BINGET = b'j'      # push memo[4-byte index]
LIST = b'l'             # replace mark and items above it by a list
EMPTY_LIST = b']'       # push []
OBJ = b'o'              # cls, *args above mark: push cls(*args)
PUT = b'p'              # memo[int(line)] = top
BINPUT = b'q'           # memo[1-byte index] = top
LONG_BINPUT = b'r'      # memo[4-byte index] = top
SETITEM = b's'          # v = pop(); k = pop(); top[k] = v
TUPLE = b't'            # replace mark and items above it by a tuple
EMPTY_TUPLE = b')'      # push ()
SETITEMS = b'u'         # set the key/value pairs above the mark into the dict below it
BINFLOAT = b'G'         # push an 8-byte big-endian float

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'         # protocol version
NEWOBJ = b'\x81'        # args = pop(); cls = pop(); push cls.__new__(cls, *args)
EXT1 = b'\x82'          # push the object of a 1-byte extension code
EXT2 = b'\x83'          # ... 2-byte code
EXT4 = b'\x84'          # ... 4-byte code
TUPLE1 = b'\x85'        # top = (top,)
TUPLE2 = b'\x86'        # the two top items become a tuple
TUPLE3 = b'\x87'        # the three top items become a tuple
NEWTRUE = b'\x88'       # push True
NEWFALSE = b'\x89'      # push False
LONG1 = b'\x8a'         # push an int of 1-byte length, little-endian two's complement
LONG4 = b'\x8b'         # ... 4-byte length

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# protocol 3
BINBYTES = b'B'         # push bytes of 4-byte length
SHORT_BINBYTES = b'C'   # push bytes of 1-byte length

# protocol 4
SHORT_BINUNICODE = b'\x8c'  # push a str of 1-byte length
BINUNICODE8 = b'\x8d'   # push a str of 8-byte length
BINBYTES8 = b'\x8e'     # push bytes of 8-byte length
EMPTY_SET = b'\x8f'     # push set()
ADDITEMS = b'\x90'      # add the items above the mark to the set below it
FROZENSET = b'\x91'     # replace mark and items above it by a frozenset
NEWOBJ_EX = b'\x92'     # kw = pop(); args = pop(); cls = pop(); push cls.__new__(cls, *args, **kw)
STACK_GLOBAL = b'\x93'  # name = pop(); module = pop(); push find_class(module, name)
MEMOIZE = b'\x94'       # memo[len(memo)] = top
FRAME = b'\x95'         # an 8-byte length, then that many bytes of opcodes

# protocol 5
BYTEARRAY8 = b'\x96'    # push a bytearray of 8-byte length
NEXT_BUFFER = b'\x97'   # push the next out-of-band buffer
READONLY_BUFFER = b'\x98'   # make the top of the stack a read-only view

__all__.extend(x for x in dir() if x.isupper() and not x.startswith("_"))

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4




# ---- helpers -----------------------------------------------------------------------

def _getattribute(obj, name):
    """obj.a.b for name 'a.b'; returns (value, parent)."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {obj!r}") from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """The little-endian two's complement bytes of x, as short as they can be (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, 'little', signed=True)


def _is_iterator(obj):
    return hasattr(type(obj), '__next__')


# ---- Pickler -----------------------------------------------------------------------

class Pickler:
    """This takes a binary file for writing a pickle data stream.

    The optional *protocol* argument tells the pickler to use the given protocol
    (0 to 5, default 4; negative means the highest). *file* must have a write()
    method that accepts a bytes argument. With *fix_imports* and a protocol below 3,
    Python 3 names are mapped to their Python 2 homes. *buffer_callback* (protocol 5)
    is called with each PickleBuffer; a false result sends it out-of-band.
    """

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = _index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}   # id(obj) -> (index, obj)
        self.proto = protocol
        self.bin = int(protocol >= 1)
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def _get_persistent_id(self):
        try:
            return self._persistent_id_value
        except AttributeError:
            raise AttributeError("persistent_id") from None

    def _set_persistent_id(self, value):
        if not callable(value):
            raise TypeError("persistent_id must be a callable taking one argument")
        self._persistent_id_value = value

    def _del_persistent_id(self):
        self.__dict__.pop("_persistent_id_value", None)

    persistent_id = property(_get_persistent_id, _set_persistent_id, _del_persistent_id)

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        # _out is the output so far; _frame collects the current frame (the same
        # bytearray as _out when the protocol has no frames); _write appends to _frame
        self._out = bytearray()
        self._framing = self.proto >= 4
        self._frame = bytearray() if self._framing else self._out
        self._write = self._frame.extend
        self._pers = getattr(self, 'persistent_id', None)
        self._override = getattr(self, 'reducer_override', None)
        self._dispatch = getattr(self, 'dispatch_table', None)
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
        # the exact built-in types go to Java (_picklecore.save) unless a persistent_id
        # must see every object or the memo is not a dict
        if self.proto >= 1 and self._pers is None and type(self.memo) is dict:
            self._exact_now = _java_exact[self.proto]
        else:
            self._exact_now = self._exact
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
            out = bytes(self._out)
        except RecursionError as e:
            # as CPython's pickler says it (its recursion is in C, ours partly in Python)
            if e.args == ('maximum recursion depth exceeded',):
                e.args = ('maximum recursion depth exceeded while pickling an object',)
            raise
        finally:
            self._out = self._frame = self._write = None
        self._file_write(out)

    # -- output and frames

    def _commit_frame(self):
        if not self._framing:
            return
        frame = self._frame
        if len(frame) >= _FRAME_SIZE_MIN:
            self._out += FRAME + pack('<Q', len(frame))
        self._out += frame
        frame.clear()

    def _write_payload(self, header, payload):
        """A header and its data; 64 KiB of data or more goes outside frames."""
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
        else:
            self._write(header)
            self._write(payload)

    # -- memo

    def memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        self._write(MEMOIZE if self.proto >= 4 else self.put(idx))
        memo[id(obj)] = idx, obj

    def _memo_index(self, obj):
        """The memo index of obj, or None."""
        x = self.memo.get(id(obj))
        return None if x is None else x[0]

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    # -- the dispatcher

    def save(self, obj, save_persistent_id=True):
        if self._framing and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id and self._pers is not None:
            pid = self._pers(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _atomic.get(t)
        if f is not None:
            f(self, obj)
            return
        x = self._memo_index(obj)
        if x is not None:
            self._write(self.get(x))
            return
        f = self._exact_now.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = self._dispatch
            if table is None:
                reduce = dispatch_table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(rv, obj)

    def _save_java(self, obj):
        _save_in_java(self, obj, self._frame, self._framing, self.memo, self.proto, bool(self.fast))

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, rv, obj=None):
        n = len(rv)
        if n < 2 or n > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args = rv[0], rv[1]
        state = rv[2] if n > 2 else None
        listitems = rv[3] if n > 3 else None
        dictitems = rv[4] if n > 4 else None
        state_setter = rv[5] if n > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                f"iterator, not {type(listitems).__name__}")
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                f"iterator, not {type(dictitems).__name__}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                f"function, not {type(state_setter).__name__}")
        save = self.save
        write = self._write
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    f"not {len(args)}")
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    f"not {type(cls).__name__}")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    f"{obj.__class__.__name__}, not {cls.__name__}")
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    f"not {type(cargs).__name__}")
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    f"not {type(kwargs).__name__}")
            if self.proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                write(REDUCE)
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self._memo_index(obj)
            if x is not None:
                write(POP + self.get(x))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atomic types

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(_BININT1[obj])
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                else:
                    self._write(BININT + obj.to_bytes(4, 'little', signed=True))
            else:
                self._write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes((n,)) + data)
            else:
                self._write(LONG4 + pack('<i', n) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b'\n')

    # -- built-in containers and strings (exact types only)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce((bytes, ()), obj=obj)
            else:
                self.save_reduce((_ENCODE, (str(obj, 'latin1'), 'latin1')), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + bytes((n,)) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(BINBYTES8 + pack('<Q', n), data)
        else:
            self._write_payload(BINBYTES + pack('<I', n), data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce((bytearray, ()), obj=obj)
            else:
                self.save_reduce((bytearray, (bytes(obj),)), obj=obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def _save_bytearray_data(self, obj, data):
        self._write_payload(BYTEARRAY8 + pack('<Q', len(data)), data)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        with memoryview(obj) as m:
            if not m.contiguous:
                raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                    "non-contiguous buffer")
            in_band = True
            if self._buffer_callback is not None:
                in_band = bool(self._buffer_callback(obj))
            if in_band:
                if m.readonly:
                    self._save_bytes_data(obj, m.tobytes())
                else:
                    self._save_bytearray_data(obj, m.tobytes())
            else:
                self._write(NEXT_BUFFER)
                if m.readonly:
                    self._write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_payload(BINUNICODE8 + pack('<Q', n), encoded)
            else:
                self._write_payload(BINUNICODE + pack('<I', n), encoded)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        save = self.save
        write = self._write
        if n == 0:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = self._memo_index(obj)
            if x is not None:
                write(POP * n + self.get(x))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        x = self._memo_index(obj)
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x))
            else:
                write(POP * (n + 1) + self.get(x))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            while n < _BATCHSIZE:
                try:
                    x = next(items)
                except StopIteration:
                    break
                save(x)
                n += 1
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self._write
        if len(obj) == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        size = len(obj)
        items = iter(obj.items())
        while True:
            write(MARK)
            n = 0
            for k, v in items:
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if n < _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self._write

        def pair(item):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return item

        if not self.bin:
            for item in items:
                k, v = pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            try:
                first = pair(next(items))
            except StopIteration:
                return
            try:
                second = pair(next(items))
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            save(second[0])
            save(second[1])
            n = 2
            while n < _BATCHSIZE:
                try:
                    k, v = pair(next(items))
                except StopIteration:
                    break
                save(k)
                save(v)
                n += 1
            write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce((set, (list(obj),)), obj=obj)
            return
        save = self.save
        write = self._write
        write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        items = iter(obj)
        while True:
            write(MARK)
            n = 0
            for item in items:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if n < _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce((frozenset, (list(obj),)), obj=obj)
            return
        write = self._write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self._memo_index(obj)
        if x is not None:
            write(POP_MARK + self.get(x))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- globals

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce((type, (None,)), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce((type, (NotImplemented,)), obj=obj)
        if obj is type(...):
            return self.save_reduce((type, (...,)), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._write
        given_name = name is not None
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = name.split('.')
        if '<locals>' in path:
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} "
                                "failed") from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f"{module_name} failed") from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}") from None
        if parent is module:
            parent = None
        lastname = path[-1]
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError(f"Can't pickle {obj!r}: extension code {code!r} isn't "
                                        "an integer")
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError(f"Can't pickle {obj!r}: extension code {code} is out "
                                        "of range")
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + pack('<i', code))
                return
        if self.proto >= 4:
            self.save(_module_as_cpython_shares(obj, module_name))
            self.save(_as_cpython_shares(obj, name, given_name))
            write(STACK_GLOBAL)
        elif parent is not None:
            self.save_reduce((getattr, (parent, lastname)))
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle module identifier {module_name!r} using "
                                    f"pickle protocol {self.proto}") from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier {name!r} using "
                                    f"pickle protocol {self.proto}") from None
            write(GLOBAL + module_bytes + b'\n' + name_bytes + b'\n')
        self.memoize(obj)

    _exact = {}


_FunctionType = type(whichmodule)
from _codecs import encode as _ENCODE, escape_decode as _escape_decode

_BININT1 = [BININT1 + bytes((i,)) for i in range(256)]

_atomic = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

Pickler._exact = {
    str: Pickler.save_str,
    bytes: Pickler.save_bytes,
    dict: Pickler.save_dict,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}

# per protocol: the exact types whose pickling _picklecore.save does in Java
_java_exact = {}
for _proto in range(1, HIGHEST_PROTOCOL + 1):
    _table = dict(Pickler._exact)
    _java_types = [str, tuple, list, dict]
    if _proto >= 3:
        _java_types.append(bytes)
    if _proto >= 4:
        _java_types += [set, frozenset]
    for _t in _java_types:
        _table[_t] = Pickler._save_java
    _java_exact[_proto] = _table
del _proto, _table, _java_types, _t


def _as_cpython_shares(obj, name, given_name):
    """The name string, interned where CPython's is, so that equal strings share memo
    entries (protocol 4 saves module and name as memoized strings) exactly as there:
    module names always are; the names of Python classes and functions are when they
    are identifiers (code constants); a built-in's name is a fresh string each time."""
    if given_name:
        python_made = _is_heap_type(type(obj))
    else:
        python_made = type(obj) is _FunctionType or (isinstance(obj, type) and _is_heap_type(obj))
    if python_made and name.isidentifier():
        return sys.intern(name)
    return ''.join(name) if name is sys.intern(name) else name


_HEAPTYPE = 1 << 9
_BUILTIN_FUNCTION = type(len)
_builtin_function_modules = {}


def _module_as_cpython_shares(obj, module_name):
    """Module names are interned, except that CPython's built-in functions hold one
    string of their own per module."""
    if type(obj) is not _BUILTIN_FUNCTION:
        return sys.intern(module_name)
    shared = _builtin_function_modules.get(module_name)
    if shared is None:
        shared = _builtin_function_modules[module_name] = ''.join(list(module_name))
    return shared

# classes whose kind (heap type or static type) differs between gilpy and CPython
_CPYTHON_HEAP_TYPE = {
    ("datetime", "date"): False, ("datetime", "datetime"): False, ("datetime", "time"): False,
    ("datetime", "timedelta"): False, ("datetime", "timezone"): False,
    ("datetime", "tzinfo"): False, ("collections", "OrderedDict"): False,
    ("collections", "defaultdict"): False, ("functools", "partial"): True,
    ("operator", "attrgetter"): True, ("operator", "itemgetter"): True,
    ("operator", "methodcaller"): True,
}


def _is_heap_type(cls):
    known = _CPYTHON_HEAP_TYPE.get((getattr(cls, "__module__", None), cls.__qualname__))
    if known is not None:
        return known
    return bool(cls.__flags__ & _HEAPTYPE)


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: raw-unicode-escape, with the characters that
    would end or confuse the line escaped as well."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


# ---- Unpickler ---------------------------------------------------------------------

_MISSING = object()


class Unpickler:
    """This takes a binary file for reading a pickle data stream.

    The protocol version of the pickle is detected automatically. *file* must have
    read() and readline() methods that return bytes. *fix_imports*, *encoding* and
    *errors* control how Python 2 pickles are read (encoding='bytes' keeps their str
    objects as bytes); *buffers* is an iterable of the out-of-band buffers.

    The opcode loop is Java's (_picklecore.load, modules/PickleLoader), which reads
    from the file exactly what the pickle holds; it calls back find_class,
    persistent_load and the helpers below for what Python decides.
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if not (hasattr(file, "read") and hasattr(file, "readline")):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Load the pickle from the file given to the constructor."""
        if not hasattr(self, "_file"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        return self._load_from(self._file)

    def _load_from(self, source):
        """Unpickles from bytes (loads) or from the file."""
        self.proto = 0
        persistent_load = getattr(self, "persistent_load", None)
        value, _ = _load_opcodes(self, source, 0, persistent_load, self._buffers,
                                 UnpicklingError)
        return value

    def _get_persistent_load(self):
        try:
            return self._persistent_load_value
        except AttributeError:
            raise AttributeError("persistent_load") from None

    def _set_persistent_load(self, value):
        if not callable(value):
            raise TypeError("persistent_load must be a callable taking one argument")
        self._persistent_load_value = value

    def _del_persistent_load(self):
        self.__dict__.pop("_persistent_load_value", None)


    persistent_load = property(_get_persistent_load, _set_persistent_load, _del_persistent_load)

    def find_class(self, module, name):
        """Return the object called name in module, imported if need be."""
        if _audit is not None:
            _audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    # -- for the Java loop: the arguments of protocol 0's text opcodes (a line, newline
    #    included), BUILD, and extension codes

    def _persid_value(self, line):
        try:
            return line[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def _int_value(self, line):
        if line == b'00\n':
            return False
        if line == b'01\n':
            return True
        text = line.decode('latin-1')[:-1].lstrip(' \t')
        digits = text[1:] if text[:1] in ('+', '-') else text
        if not digits or not all('0' <= c <= '9' for c in digits):
            raise ValueError("could not convert string to int")
        return int(text)

    def _long_value(self, line):
        text = line.decode('latin-1')
        s = text[:-1]
        if s.endswith('L'):
            s = s[:-1]
        try:
            return int(s)
        except ValueError:
            raise ValueError(f"invalid literal for int() with base 10: {text!r}") from None

    def _float_value(self, line):
        text = line.decode('latin-1')
        try:
            return float(text[:-1])
        except ValueError:
            if _float_prefix(text[:-1]):
                raise ValueError("could not convert string to float") from None
            raise ValueError(f"could not convert string to float: '{text}'") from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _string_value(self, line):
        data = line[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        return self._decode_string(_escape_decode(data)[0])

    def _index_value(self, line):
        text = line.decode('latin-1')
        try:
            return int(text[:-1])
        except ValueError:
            raise ValueError(f"invalid literal for int() with base 10: {text!r}") from None

    def _get_extension_value(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            return obj
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        return obj

    def _build(self, inst, state):
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)


def _float_prefix(text):
    """Whether a leading part of text is a float (C's strtod stops there)."""
    for end in range(len(text) - 1, 0, -1):
        try:
            float(text[:end])
            return True
        except ValueError:
            pass
    return False


# ---- shorthands --------------------------------------------------------------------

class _BytesSink:
    __slots__ = ("value",)

    def write(self, data):
        self.value = data


class _BytesSource:
    """The file of the Unpickler that loads() makes (its data goes to Java directly)."""
    __slots__ = ()

    def read(self, n=-1):
        return b''

    def readline(self):
        return b''


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.value


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(_BytesSource(), fix_imports=fix_imports, buffers=buffers,
                          encoding=encoding, errors=errors)
    return unpickler._load_from(bytes(data))
