class Resource:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise OSError("failed to release")


with Resource():
    raise ValueError("body failed")
