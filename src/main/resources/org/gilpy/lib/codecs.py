"""codecs -- Python Codec Registry, API and helpers.

The registry and the codec functions are gilpy's _codecs (Java, sharing its codecs with
str.encode and io); this module adds CodecInfo, the base classes for codecs, incremental
coders and stream readers/writers, and the search function for the text encodings gilpy
knows: UTF-8 (-sig), ASCII, Latin-1, UTF-16/32 (with BOM, -le, -be), unicode_escape,
raw_unicode_escape, rot13, and the charsets of the JVM (cp1252, shift_jis, ...), whose
encoders are stateless.
"""

import builtins
import sys

from _codecs import *
from _codecs import register, unregister, lookup, encode, decode, lookup_error, register_error
import _codecs

strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")
xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
backslashreplace_errors = lookup_error("backslashreplace")
namereplace_errors = lookup_error("namereplace")

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# ---- byte-order marks ---------------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---- CodecInfo and the base classes -------------------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            cls.__module__, cls.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        """Encodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        """Encodes input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        """Return the current state of the encoder."""
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An encoder that keeps the input it could not encode yet in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        """Return the current state of the decoder as (buffered bytes, int)."""
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """A decoder that keeps the bytes it could not decode yet (a split character) in
    self.buffer until more input arrives."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- streams -------------------------------------------------------------------------

class _OnStream:
    """What the stream classes share: attributes they lack come from the wrapped
    stream, and leaving a with block closes it."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.stream.close()


class StreamWriter(Codec, _OnStream):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream using .write()."""
        self.write(''.join(list))

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _OnStream):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream self.stream and returns the resulting object.

        chars is the number of characters to return, size the number of bytes to read
        from the stream at a time; -1 reads everything."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                if len(newchars.splitlines(keepends=True)) <= 1:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded data.

        size, if given, is passed as size argument to the stream's read() method."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a \r at the end may be the first half of \r\n
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0 = lines[0]
                stripped = line0.splitlines(keepends=False)[0]
                if line0 != stripped:
                    # the one line has its line break: push back what follows it
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0 if keepends else stripped
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines available on the input stream and return them as a list."""
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        """Set the input stream's current position and reset the codec buffers."""
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_OnStream):
    """Wraps a stream with a StreamReader and a StreamWriter of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_OnStream):
    """Translates data between two encodings: reads and writes data_encoding (through
    encode/decode) on the outside and file_encoding (through Reader/Writer) on the stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)



# ---- shortcuts ----------------------------------------------------------------------

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding (a StreamReaderWriter)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding translation."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Look up the codec for the given encoding and return its IncrementalEncoder class
    or factory function; LookupError when the codec has none."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Look up the codec for the given encoding and return its IncrementalDecoder class
    or factory function; LookupError when the codec has none."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Look up the codec for the given encoding and return its StreamReader class."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Look up the codec for the given encoding and return its StreamWriter class."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from iterator with an incremental encoder."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from iterator with an incremental decoder."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """make_identity_dict(rng) -> dict mapping each element of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Creates an encoding map from a decoding map; targets mapped more than once map
    to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---- the built-in codecs ------------------------------------------------------------

# Each built-in codec is a CodecInfo whose classes are made by _text_codec from two
# functions of _codecs: enc(str, errors) -> (bytes, consumed) and
# dec(bytes, errors, final) -> (str, consumed), where a decode that is not final leaves
# the bytes of a split character unconsumed.

def _text_codec(name, enc, dec, encoder=None, decoder=None, reader=None, writer=None, module=None):
    def decode(input, errors='strict'):
        return dec(input, errors, True)

    if encoder is None:
        class encoder(IncrementalEncoder):
            def encode(self, input, final=False):
                return enc(input, self.errors)[0]

    if decoder is None:
        class decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return dec(input, errors, final)

    if writer is None:
        class writer(StreamWriter):
            def encode(self, input, errors='strict'):
                return enc(input, errors)

    if reader is None:
        class reader(StreamReader):
            def decode(self, input, errors='strict'):
                return dec(input, errors, False)

    module = 'encodings.' + (module or name.replace('-', '_'))
    for cls, cname in ((encoder, 'IncrementalEncoder'), (decoder, 'IncrementalDecoder'),
                       (writer, 'StreamWriter'), (reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = cname
        cls.__module__ = module
    decode.__module__ = module
    return CodecInfo(name=name, encode=enc, decode=decode, incrementalencoder=encoder,
                     incrementaldecoder=decoder, streamreader=reader, streamwriter=writer)


def _final(f):
    """A decoder without the final flag (the codec keeps no partial state)."""
    def dec(input, errors='strict', final=False):
        return f(input, errors)
    return dec


def _bom_codec(name, bom, enc_bom, enc_le, enc_be, ex_decode, dec_le, dec_be):
    """UTF-16 or UTF-32 with a byte-order mark: written first, read to choose the order."""

    class encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = enc_bom(input, self.errors)[0]
                self.encoder = enc_le if sys.byteorder == 'little' else enc_be
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            if state:
                self.encoder = None
            else:
                self.encoder = enc_le if sys.byteorder == 'little' else enc_be

    class decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, byteorder = ex_decode(input, errors, 0, final)
                if byteorder == -1:
                    self.decoder = dec_le
                elif byteorder == 1:
                    self.decoder = dec_be
                elif consumed >= len(bom):
                    raise UnicodeError("UTF-%d stream does not start with BOM" % (8 * len(bom)))
                return (output, consumed)
            return self.decoder(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int((sys.byteorder == 'big') != (self.decoder is dec_be)))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            s = state[1]
            if s == 0:
                self.decoder = dec_be if sys.byteorder == 'big' else dec_le
            elif s == 1:
                self.decoder = dec_le if sys.byteorder == 'big' else dec_be
            else:
                self.decoder = None

    class writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                result = enc_bom(input, errors)
                self.encoder = enc_le if sys.byteorder == 'little' else enc_be
                return result
            return self.encoder(input, errors)

    class reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            object, consumed, byteorder = ex_decode(input, errors, 0, False)
            if byteorder == -1:
                self.decode = lambda input, errors='strict': dec_le(input, errors, False)
            elif byteorder == 1:
                self.decode = lambda input, errors='strict': dec_be(input, errors, False)
            elif consumed >= len(bom):
                raise UnicodeError("UTF-%d stream does not start with BOM" % (8 * len(bom)))
            return (object, consumed)

    def dec(input, errors='strict', final=False):
        return ex_decode(input, errors, 0, final)[:2]

    return _text_codec(name, enc_bom, dec, encoder, decoder, reader, writer)


def _utf_8_sig():
    def enc(input, errors='strict'):
        return (BOM_UTF8 + utf_8_encode(input, errors)[0], len(input))

    def dec(input, errors='strict', final=False):
        prefix = 0
        if input[:3] == BOM_UTF8:
            prefix = 3
        elif not final and len(input) < 3 and BOM_UTF8.startswith(input):
            return ("", 0)
        output, consumed = utf_8_decode(input[prefix:], errors, final)
        return (output, consumed + prefix)

    class encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and not final and BOM_UTF8.startswith(input):
                    return ("", 0)
                self.first = 0
                if input[:3] == BOM_UTF8:
                    output, consumed = utf_8_decode(input[3:], errors, final)
                    return (output, consumed + 3)
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)
            return (state[0], self.first)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self.first = state[1]

    class writer(StreamWriter):
        def reset(self):
            StreamWriter.reset(self)
            self.encode = StreamWriter.encode.__get__(self)
            del self.encode

        def encode(self, input, errors='strict'):
            self.encode = lambda input, errors='strict': utf_8_encode(input, errors)
            return enc(input, errors)

    class reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return ("", 0)
            self.decode = lambda input, errors='strict': utf_8_decode(input, errors, False)
            return dec(input, errors)

    return _text_codec('utf-8-sig', enc, dec, encoder, decoder, reader, writer)


def _jvm_codec(name, charset, key):
    """A charset of the JVM (cp1252, shift_jis, ...); its encoder is stateless, its
    decoder holds back a split multibyte character."""
    def enc(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("encode() argument 1 must be str, not %s" % type(input).__name__)
        return (input.encode(charset, errors), len(input))

    def dec(input, errors='strict', final=False):
        return _codecs._decode(input, charset, errors, final)

    return _text_codec(name, enc, dec, module=key)


_ALIASES = {
    'utf_8': ('utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'),
    'utf_8_sig': ('utf8_sig',),
    'ascii': ('646', 'us_ascii', 'us', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_ir_6',
              'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986'),
    'latin_1': ('latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100',
                'csisolatin1', 'ibm819', 'iso_8859_1_1987'),
    'utf_16': ('utf16', 'u16'),
    'utf_16_le': ('utf_16le', 'unicodelittleunmarked'),
    'utf_16_be': ('utf_16be', 'unicodebigunmarked'),
    'utf_32': ('utf32', 'u32'),
    'utf_32_le': ('utf_32le',),
    'utf_32_be': ('utf_32be',),
    'unicode_escape': (),
    'raw_unicode_escape': (),
}
_CANONICAL = {alias: key for key, aliases in _ALIASES.items() for alias in aliases + (key,)}


def _make_builtin(key):
    if key == 'utf_8':
        return _text_codec('utf-8', utf_8_encode, utf_8_decode)
    if key == 'utf_8_sig':
        return _utf_8_sig()
    if key == 'ascii':
        return _text_codec('ascii', ascii_encode, _final(ascii_decode))
    if key == 'latin_1':
        return _text_codec('iso8859-1', latin_1_encode, _final(latin_1_decode), module='latin_1')
    if key in ('utf_16_le', 'utf_16_be', 'utf_32_le', 'utf_32_be'):
        return _text_codec(key.replace('_', '-'), getattr(_codecs, key + '_encode'),
                           getattr(_codecs, key + '_decode'))
    if key == 'utf_16':
        return _bom_codec('utf-16', BOM_UTF16, utf_16_encode, utf_16_le_encode, utf_16_be_encode,
                          utf_16_ex_decode, utf_16_le_decode, utf_16_be_decode)
    if key == 'utf_32':
        return _bom_codec('utf-32', BOM_UTF32, utf_32_encode, utf_32_le_encode, utf_32_be_encode,
                          utf_32_ex_decode, utf_32_le_decode, utf_32_be_decode)
    return _text_codec(key.replace('_', '-'), getattr(_codecs, key + '_encode'),
                       getattr(_codecs, key + '_decode'))


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot_13():
    """rot13: str to str, through codecs.encode/decode only."""
    def encode(input, errors='strict'):
        return (str.translate(input, _ROT13), len(input))

    def decode(input, errors='strict'):
        return (str.translate(input, _ROT13), len(input))

    def dec(input, errors='strict', final=False):
        return decode(input, errors)

    class decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return str.translate(input, _ROT13)

    info = _text_codec('rot-13', encode, dec, decoder=decoder, module='rot_13')
    info.decode = decode
    info._is_text_encoding = False
    encode.__module__ = decode.__module__ = 'encodings.rot_13'
    return info


def _normalize(encoding):
    out = []
    punct = False
    for ch in encoding.lower():
        if ch.isalnum() or ch == '.':
            if punct and out:
                out.append('_')
            out.append(ch)
            punct = False
        else:
            punct = True
    return ''.join(out)


def _search(encoding):
    """The search function of the built-in codecs (registered first)."""
    key = _normalize(encoding)
    if key in ('rot13', 'rot_13'):
        return _rot_13()
    builtin = _CANONICAL.get(key)
    if builtin is not None:
        return _make_builtin(builtin)
    if not key or encoding.isascii() is False:
        return None
    try:
        b''.decode(encoding)
    except LookupError:
        return None
    name = key.replace('_', '-')
    if name.startswith('iso-8859-'):
        name = 'iso8859-' + name[9:]
    return _jvm_codec(name, encoding, key)


register(_search)
