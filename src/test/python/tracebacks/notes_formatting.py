# __notes__ after the message: one note per line, a multi-line note as is, a note whose
# str() fails replaced by a placeholder.
class Opaque:
    def __str__(self):
        raise RuntimeError("no str")


err = ValueError("bad value")
err.add_note("first note")
err.add_note("second note\nspans two lines")
err.__notes__.append(Opaque())
err.add_note("")
raise err
