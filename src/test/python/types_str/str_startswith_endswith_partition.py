url = "https://example.com/path/to/file.tar.gz"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
base, dot, ext = url.rpartition(".")
print(scheme, host, path, ext, base[-8:])
print(url.startswith(("http://", "https://")), url.endswith((".gz", ".zip")), url.startswith("example", 8), url.endswith("file", 0, -7))
print(url.count("/"), url.split("/", 3), url.rsplit("/", 1)[-1], url.rsplit(".", 2))
print("a.b.c".split(".", 0), "a.b.c".rsplit(".", 0), "a..b".split("."), "..".split("."))
name = "report_final_v2.txt"
print(name.removesuffix(".txt").split("_"), name.removeprefix("report_"), name.upper().lower() == name)
print("   ".join("abc"), "\t".join(["x", "y"]).expandtabs(4), "|".join(w.capitalize() for w in "one two".split()))
